# Backup: AWS Backup snapshots the Aurora cluster every hour and copies each snapshot to a second
# region, so the data survives the loss of the account's primary region (or of the cluster and its
# own automated backups) with at most an hour lost (RPO 1 h). A daily rule keeps snapshots longer.
# Aurora's own point-in-time restore (backup_retention_days in the data module) covers the everyday
# "undo the last hour" case to the second; this covers disasters.

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

locals {
  # rule name => when, how long the snapshot and its DR copy are kept. The hourly rule runs at half
  # past, away from the daily rule and Aurora's own backup window.
  backup_rules = {
    "hourly-with-cross-region-copy" = {
      schedule            = var.hourly_schedule
      completion_window   = 120
      retention_days      = var.hourly_retention_days
      copy_retention_days = var.hourly_copy_retention_days
    }
    "daily-with-cross-region-copy" = {
      schedule            = var.schedule
      completion_window   = 360
      retention_days      = var.retention_days
      copy_retention_days = var.copy_retention_days
    }
  }
}

resource "aws_backup_plan" "this" {
  name = "${var.name}-backups"

  dynamic "rule" {
    for_each = local.backup_rules

    content {
      rule_name         = rule.key
      target_vault_name = aws_backup_vault.primary.name
      schedule          = rule.value.schedule
      start_window      = 60
      completion_window = rule.value.completion_window

      lifecycle {
        delete_after = rule.value.retention_days
      }

      copy_action {
        destination_vault_arn = aws_backup_vault.dr.arn

        lifecycle {
          delete_after = rule.value.copy_retention_days
        }
      }

      recovery_point_tags = merge(var.tags, { Plan = "${var.name}-backups", Rule = rule.key })
    }
  }

  tags = var.tags

  lifecycle {
    # A locked vault refuses recovery points kept for less than its minimum: the jobs would fail.
    precondition {
      condition     = alltrue([for rule in values(local.backup_rules) : min(rule.retention_days, rule.copy_retention_days) >= var.vault_lock_min_retention_days])
      error_message = "Every retention (hourly and daily, primary and copy) must be at least vault_lock_min_retention_days, or the locked vaults refuse the recovery points."
    }
  }
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
