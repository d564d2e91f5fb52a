output "plan_id" {
  description = "ID of the backup plan."
  value       = aws_backup_plan.this.id
}

output "primary_vault_name" {
  description = "Vault holding the daily recovery points in the primary region."
  value       = aws_backup_vault.primary.name
}

output "dr_vault_arn" {
  description = "Vault in the DR region holding the copies."
  value       = aws_backup_vault.dr.arn
}

output "backup_role_arn" {
  description = "Role AWS Backup uses to back up and restore (pass it to start-restore-job)."
  value       = aws_iam_role.backup.arn
}
