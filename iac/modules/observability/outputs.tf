output "lambda_log_group_name" {
  description = "Log group of the API function."
  value       = aws_cloudwatch_log_group.lambda.name
}

output "lambda_log_group_arn" {
  description = "ARN of the API function's log group."
  value       = aws_cloudwatch_log_group.lambda.arn
}

output "api_access_log_group_arn" {
  description = "ARN of the API Gateway access log group."
  value       = aws_cloudwatch_log_group.api_access.arn
}

output "alarm_topic_arn" {
  description = "SNS topic every alarm notifies."
  value       = aws_sns_topic.alarms.arn
}

output "deploy_topic_arn" {
  description = "SNS topic the deploy pipeline notifies."
  value       = aws_sns_topic.deploys.arn
}

output "dashboard_name" {
  description = "Name of the CloudWatch dashboard."
  value       = aws_cloudwatch_dashboard.this.dashboard_name
}

output "alarm_names" {
  description = "Names of every alarm (each is described in docs/RUNBOOK.md)."
  value = concat(
    values(aws_cloudwatch_metric_alarm.this)[*].alarm_name,
    [aws_cloudwatch_metric_alarm.cache_processing.alarm_name],
  )
}
