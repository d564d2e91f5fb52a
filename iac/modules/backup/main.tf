# Backup: AWS Backup takes a daily snapshot of the Aurora cluster and copies it to a second region,
# so the data survives the loss of the account's primary region (or of the cluster and its own
# automated backups). Aurora's own point-in-time restore (backup_retention_days in the data
# module) covers the everyday "undo the last hour" case; this covers disasters.

data "aws_partition" "current" {}

resource "aws_kms_key" "primary" {
  description             = "${var.name}: AWS Backup vault (primary region)"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  tags                    = var.tags
}

resource "aws_kms_key" "dr" {
  provider = aws.dr

  description             = "${var.name}: AWS Backup vault (DR region)"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  tags                    = var.tags
}

resource "aws_backup_vault" "primary" {
  name        = "${var.name}-primary"
  kms_key_arn = aws_kms_key.primary.arn
  tags        = var.tags
}

resource "aws_backup_vault" "dr" {
  provider = aws.dr

  name        = "${var.name}-dr"
  kms_key_arn = aws_kms_key.dr.arn
  tags        = var.tags
}

resource "aws_backup_vault_lock_configuration" "primary" {
  count = var.vault_lock_min_retention_days > 0 ? 1 : 0

  backup_vault_name  = aws_backup_vault.primary.name
  min_retention_days = var.vault_lock_min_retention_days
}

resource "aws_backup_vault_lock_configuration" "dr" {
  count    = var.vault_lock_min_retention_days > 0 ? 1 : 0
  provider = aws.dr

  backup_vault_name  = aws_backup_vault.dr.name
  min_retention_days = var.vault_lock_min_retention_days
}

resource "aws_backup_plan" "this" {
  name = "${var.name}-daily"

  rule {
    rule_name         = "daily-with-cross-region-copy"
    target_vault_name = aws_backup_vault.primary.name
    schedule          = var.schedule
    start_window      = 60
    completion_window = 360

    lifecycle {
      delete_after = var.retention_days
    }

    copy_action {
      destination_vault_arn = aws_backup_vault.dr.arn

      lifecycle {
        delete_after = var.copy_retention_days
      }
    }

    recovery_point_tags = merge(var.tags, { Plan = "${var.name}-daily" })
  }

  tags = var.tags
}

data "aws_iam_policy_document" "backup_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["backup.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "backup" {
  name               = "${var.name}-backup"
  description        = "AWS Backup takes, copies and restores ${var.name} recovery points"
  assume_role_policy = data.aws_iam_policy_document.backup_assume.json
  tags               = var.tags
}

resource "aws_iam_role_policy_attachment" "backup" {
  role       = aws_iam_role.backup.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup"
}

resource "aws_iam_role_policy_attachment" "restore" {
  role       = aws_iam_role.backup.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores"
}

resource "aws_backup_selection" "this" {
  name         = "${var.name}-aurora"
  plan_id      = aws_backup_plan.this.id
  iam_role_arn = aws_iam_role.backup.arn
  resources    = var.resource_arns
}
