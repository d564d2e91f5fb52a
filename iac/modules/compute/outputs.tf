output "function_name" {
  description = "Name of the Lambda function."
  value       = aws_lambda_function.api.function_name
}

output "function_arn" {
  description = "Unqualified ARN of the Lambda function."
  value       = aws_lambda_function.api.arn
}

output "published_version" {
  description = "The version Terraform published last (the pipeline points the alias at it after a health check)."
  value       = aws_lambda_function.api.version
}

output "alias_name" {
  description = "Alias API Gateway invokes."
  value       = aws_lambda_alias.live.name
}

output "alias_arn" {
  description = "ARN of the alias API Gateway invokes."
  value       = aws_lambda_alias.live.arn
}

output "role_arn" {
  description = "Execution role of the function."
  value       = aws_iam_role.lambda.arn
}

output "api_id" {
  description = "ID of the HTTP API (the ApiId CloudWatch dimension)."
  value       = aws_apigatewayv2_api.http.id
}

output "api_stage_name" {
  description = "The stage serving the API."
  value       = aws_apigatewayv2_stage.default.name
}

output "api_endpoint" {
  description = "https:// endpoint of the HTTP API (CloudFront's origin for /api/* and /health*)."
  value       = aws_apigatewayv2_api.http.api_endpoint
}

output "environment_variables" {
  description = "The function's environment: the reminder function runs the same configuration (iac/modules/reminders)."
  value       = aws_lambda_function.api.environment[0].variables
  # HABITS_REDIS_URL carries the cache user's password.
  sensitive = true
}

output "layer_arns" {
  description = "The function's layers (the secrets extension, the RDS CA bundle), for the reminder function."
  value       = aws_lambda_function.api.layers
}

output "lambda_jar_path" {
  description = "The jar the function runs, for the reminder function (the same artifact)."
  value       = var.lambda_jar_path
}
