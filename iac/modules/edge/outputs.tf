output "distribution_id" {
  description = "CloudFront distribution ID (for cache invalidations)."
  value       = aws_cloudfront_distribution.this.id
}

output "distribution_arn" {
  description = "CloudFront distribution ARN."
  value       = aws_cloudfront_distribution.this.arn
}

output "distribution_domain_name" {
  description = "The dxxxx.cloudfront.net host name."
  value       = aws_cloudfront_distribution.this.domain_name
}

output "site_origins" {
  description = "Every https:// origin the site is served from (cloudfront.net name and custom names): the API's allowed origins."
  value       = concat(["https://${aws_cloudfront_distribution.this.domain_name}"], [for d in var.domain_names : "https://${d}"])
}

output "site_url" {
  description = "URL of the site."
  value       = local.custom_domain ? "https://${var.domain_names[0]}" : "https://${aws_cloudfront_distribution.this.domain_name}"
}

output "spa_bucket_name" {
  description = "S3 bucket the pipeline uploads webapp/dist to."
  value       = aws_s3_bucket.spa.bucket
}

output "web_acl_arn" {
  description = "ARN of the WAF web ACL in front of the distribution."
  value       = aws_wafv2_web_acl.this.arn
}

output "web_acl_name" {
  description = "Name of the WAF web ACL (the WebACL CloudWatch dimension)."
  value       = aws_wafv2_web_acl.this.name
}
