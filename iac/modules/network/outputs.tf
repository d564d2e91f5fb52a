output "vpc_id" {
  description = "ID of the VPC."
  value       = aws_vpc.this.id
}

output "availability_zones" {
  description = "The availability zones the subnets are in."
  value       = local.azs
}

output "public_subnet_ids" {
  description = "Public subnets (NAT gateways only)."
  value       = aws_subnet.public[*].id
}

output "private_subnet_ids" {
  description = "Private subnets for the Lambda ENIs, Aurora and ElastiCache, one per AZ."
  value       = aws_subnet.private[*].id
}

output "lambda_security_group_id" {
  description = "Security group of the API function (egress to the database, the cache and HTTPS only)."
  value       = aws_security_group.lambda.id
}

output "database_security_group_id" {
  description = "Security group of Aurora (ingress 5432 from the function only)."
  value       = aws_security_group.data_store["database"].id
}

output "cache_security_group_id" {
  description = "Security group of ElastiCache (ingress 6379 from the function only)."
  value       = aws_security_group.data_store["cache"].id
}

output "nat_public_ips" {
  description = "Public IPs the private subnets leave through (empty when nat_gateway_mode = \"none\")."
  value       = aws_eip.nat[*].public_ip
}
