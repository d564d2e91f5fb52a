output "site_url" {
  description = "Where the app is served."
  value       = module.edge.site_url
}

output "spa_bucket_name" {
  description = "Bucket the pipeline uploads webapp/dist to."
  value       = module.edge.spa_bucket_name
}

output "cloudfront_distribution_id" {
  description = "Distribution to invalidate after an SPA upload."
  value       = module.edge.distribution_id
}

output "function_name" {
  description = "The API function."
  value       = module.compute.function_name
}

output "function_alias" {
  description = "The alias API Gateway invokes (moved by the pipeline, or by hand to roll back)."
  value       = module.compute.alias_name
}

output "published_version" {
  description = "The function version this apply published."
  value       = module.compute.published_version
}

output "api_endpoint" {
  description = "The HTTP API's own endpoint (normally reached through CloudFront)."
  value       = module.compute.api_endpoint
}

output "db_cluster_id" {
  description = "Aurora cluster identifier."
  value       = module.data.cluster_id
}

output "db_secret_arn" {
  description = "RDS-managed master user secret."
  value       = module.data.master_user_secret_arn
}

output "alarm_topic_arn" {
  description = "SNS topic of the alarms."
  value       = module.observability.alarm_topic_arn
}

output "deploy_topic_arn" {
  description = "SNS topic of the deploy notifications."
  value       = module.observability.deploy_topic_arn
}

output "dashboard_name" {
  description = "CloudWatch dashboard."
  value       = module.observability.dashboard_name
}

output "backup_vault_name" {
  description = "Primary AWS Backup vault."
  value       = module.backup.primary_vault_name
}

output "backup_role_arn" {
  description = "Role for AWS Backup restore jobs."
  value       = module.backup.backup_role_arn
}

output "reminder_function_name" {
  description = "The reminder tick function (invoked every minute by EventBridge Scheduler)."
  value       = module.reminders.function_name
}

output "vapid_secret_arn" {
  description = "The secret holding the VAPID key pair (docs/RUNBOOK.md: put the keys once)."
  value       = module.data.vapid_secret_arn
}
