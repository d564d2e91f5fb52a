# The backup module planned against mocked AWS: an hourly recovery point copied to the DR region
# (RPO 1 h), and a daily one kept longer.

mock_provider "aws" {
  mock_data "aws_partition" {
    defaults = { partition = "aws" }
  }
  mock_data "aws_iam_policy_document" {
    defaults = { json = "{\"mock\":\"policy\"}" }
  }
}

mock_provider "aws" {
  alias = "dr"

  mock_resource "aws_backup_vault" {
    override_during = plan
    defaults        = { arn = "arn:aws:backup:us-west-2:123456789012:backup-vault:habit-tracker-test-dr" }
  }
}

variables {
  name          = "habit-tracker-test"
  resource_arns = ["arn:aws:rds:us-east-1:123456789012:cluster:habit-tracker-test-aurora"]
}

run "backs_up_every_hour_and_copies_to_the_dr_region" {
  command = plan

  providers = {
    aws    = aws
    aws.dr = aws.dr
  }

  assert {
    condition = anytrue([
      for rule in aws_backup_plan.this.rule : rule.schedule == "cron(30 * * * ? *)" && one(rule.copy_action[*].destination_vault_arn) == "arn:aws:backup:us-west-2:123456789012:backup-vault:habit-tracker-test-dr"
    ])
    error_message = "An hourly rule must copy each recovery point to the DR vault (RPO 1 h)."
  }
  assert {
    condition = anytrue([
      for rule in aws_backup_plan.this.rule : rule.schedule == "cron(0 3 * * ? *)" && one(rule.lifecycle[*].delete_after) == 35
    ])
    error_message = "A daily rule must keep its recovery points for retention_days."
  }
  assert {
    condition     = aws_backup_selection.this.resources == toset(var.resource_arns)
    error_message = "The plan must select the Aurora cluster."
  }
}

run "refuses_retentions_shorter_than_the_vault_lock" {
  command = plan

  providers = {
    aws    = aws
    aws.dr = aws.dr
  }

  variables {
    vault_lock_min_retention_days = 7
    hourly_retention_days         = 2
  }

  expect_failures = [aws_backup_plan.this]
}
