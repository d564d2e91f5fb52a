# The same in every environment: the stack's outputs under the same names (the deploy workflow and
# docs/RUNBOOK.md read them). Their descriptions are in iac/modules/stack/outputs.tf.

output "site_url" { value = module.habit_tracker.site_url }
output "spa_bucket_name" { value = module.habit_tracker.spa_bucket_name }
output "cloudfront_distribution_id" { value = module.habit_tracker.cloudfront_distribution_id }
output "function_name" { value = module.habit_tracker.function_name }
output "function_alias" { value = module.habit_tracker.function_alias }
output "published_version" { value = module.habit_tracker.published_version }
output "api_endpoint" { value = module.habit_tracker.api_endpoint }
output "db_cluster_id" { value = module.habit_tracker.db_cluster_id }
output "db_secret_arn" { value = module.habit_tracker.db_secret_arn }
output "alarm_topic_arn" { value = module.habit_tracker.alarm_topic_arn }
output "deploy_topic_arn" { value = module.habit_tracker.deploy_topic_arn }
output "dashboard_name" { value = module.habit_tracker.dashboard_name }
output "backup_vault_name" { value = module.habit_tracker.backup_vault_name }
output "backup_role_arn" { value = module.habit_tracker.backup_role_arn }
output "reminder_function_name" { value = module.habit_tracker.reminder_function_name }
output "vapid_secret_arn" { value = module.habit_tracker.vapid_secret_arn }
