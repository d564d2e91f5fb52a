output "plan_role_arn" {
  description = "Role for pull-request plans (GitHub environment plan-<env>)."
  value       = aws_iam_role.this["plan"].arn
}

output "deploy_role_arn" {
  description = "Role for applies (GitHub environment <env>)."
  value       = aws_iam_role.this["deploy"].arn
}
