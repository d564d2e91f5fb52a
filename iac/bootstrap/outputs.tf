output "state_bucket" {
  description = "The repository variable TF_STATE_BUCKET."
  value       = aws_s3_bucket.state.bucket
}

output "state_region" {
  description = "The state bucket's region (the repository variable TF_STATE_REGION)."
  value       = var.region
}

output "plan_role_arns" {
  description = "Per environment, AWS_ROLE_ARN of the GitHub environment plan-<env>."
  value       = { for env, roles in module.pipeline_roles : env => roles.plan_role_arn }
}

output "deploy_role_arns" {
  description = "Per environment, AWS_ROLE_ARN of the GitHub environment <env>."
  value       = { for env, roles in module.pipeline_roles : env => roles.deploy_role_arn }
}

output "operator_role_arns" {
  description = "Per environment, the role to assume with MFA for the RUNBOOK's steps."
  value       = { for env, role in module.operator_role : env => role.role_arn }
}
