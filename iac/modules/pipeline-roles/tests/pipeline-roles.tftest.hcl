# The pipeline roles planned against mocked AWS: who may assume them, and the one decrypt the plan
# role gets beyond ReadOnlyAccess, and what the deploy role may change.

mock_provider "aws" {
  mock_data "aws_caller_identity" {
    defaults = { account_id = "123456789012" }
  }
  mock_data "aws_partition" {
    defaults = { partition = "aws" }
  }
  mock_data "aws_iam_policy_document" {
    defaults = { json = "{\"mock\":\"policy\"}" }
  }
}

variables {
  environment       = "prod"
  region            = "us-east-1"
  dr_region         = "us-west-2"
  github_repository = "example/habit-tracker"
  oidc_provider_arn = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"
  state_bucket_arn  = "arn:aws:s3:::habit-tracker-terraform-state-123456789012"
  state_region      = "us-east-2"
  state_key         = "habit-tracker/prod/terraform.tfstate"
  state_kms_key_arn = "arn:aws:kms:us-east-2:123456789012:key/state"
}

run "lets_each_github_environment_assume_its_own_role" {
  command = plan

  assert {
    condition = (one(flatten([for s in data.aws_iam_policy_document.trust["plan"].statement : [for c in s.condition : c.values if c.variable == "token.actions.githubusercontent.com:sub"]])) == "repo:example/habit-tracker:environment:plan-prod"
    && one(flatten([for s in data.aws_iam_policy_document.trust["deploy"].statement : [for c in s.condition : c.values if c.variable == "token.actions.githubusercontent.com:sub"]])) == "repo:example/habit-tracker:environment:prod")
    error_message = "plan-prod must assume the plan role and prod the deploy role, and no other subject either."
  }
  assert {
    condition     = aws_iam_role.this["plan"].name == "habit-tracker-prod-plan" && aws_iam_role_policy_attachment.plan_read_only.policy_arn == "arn:aws:iam::aws:policy/ReadOnlyAccess"
    error_message = "The plan role must be habit-tracker-<env>-plan with ReadOnlyAccess."
  }
}

run "lets_the_plan_role_decrypt_only_the_cache_url_parameter_through_ssm" {
  command = plan

  assert {
    condition = anytrue([
      for s in data.aws_iam_policy_document.plan.statement : s.sid == "DecryptTheCacheUrlParameter" && s.actions == toset(["kms:Decrypt"]) && alltrue([
        anytrue([for c in s.condition : c.variable == "kms:ViaService" && c.values == tolist(["ssm.us-east-1.amazonaws.com"])]),
        anytrue([for c in s.condition : c.variable == "kms:EncryptionContext:PARAMETER_ARN" && c.values == tolist(["arn:aws:ssm:us-east-1:123456789012:parameter/habit-tracker/prod/cache/url"])]),
        anytrue([for c in s.condition : c.variable == "kms:ResourceAliases" && c.values == tolist(["alias/habit-tracker-prod-data"])]),
      ])
    ])
    error_message = "The plan role's kms:Decrypt must be limited to SSM, the cache URL parameter and the environment's data key."
  }
  assert {
    condition     = length([for s in data.aws_iam_policy_document.plan.statement : s if contains(s.actions, "s3:PutObject") && s.resources != toset(["${var.state_bucket_arn}/${var.state_key}.tflock"])]) == 0
    error_message = "The plan role may write the lock file only, never the state."
  }
}

run "lets_the_deploy_role_change_only_the_environments_own_roles" {
  command = plan

  assert {
    condition = one([for s in data.aws_iam_policy_document.deploy.statement : s.resources if s.sid == "ManageOwnRoles"]) == toset([
      "arn:aws:iam::123456789012:role/habit-tracker-prod-api-role",
      "arn:aws:iam::123456789012:role/habit-tracker-prod-flow-logs",
      "arn:aws:iam::123456789012:role/habit-tracker-prod-backup",
      "arn:aws:iam::123456789012:role/habit-tracker-prod-reminders-role",
      "arn:aws:iam::123456789012:role/habit-tracker-prod-reminders-schedule",
    ])
    error_message = "The deploy role may manage the functions', the reminder schedule's, flow logs' and backup's roles only: a habit-tracker-prod-* pattern would let it rewrite itself, the operator role and prod-dr's roles."
  }
}

run "keeps_the_deploy_role_to_the_services_and_regions_iac_uses" {
  command = plan

  assert {
    condition = alltrue([for s in data.aws_iam_policy_document.deploy.statement : !contains(s.actions, "*") && alltrue([
      for a in s.actions : contains(["acm", "apigateway", "backup", "backup-storage", "cloudfront", "cloudwatch", "ec2", "elasticache", "kms", "lambda", "logs", "rds", "route53", "s3", "scheduler", "secretsmanager", "sns", "ssm", "wafv2"], split(":", a)[0])
      if endswith(a, ":*")
    ])])
    error_message = "service:* only for the services iac/ declares resources of; never *, never iam:*."
  }
  assert {
    condition     = one([for s in data.aws_iam_policy_document.deploy.statement : [for c in s.condition : c.values if c.variable == "aws:RequestedRegion"] if s.sid == "ManageTheServicesIacUses"]) == [tolist(["us-east-1", "us-west-2"])]
    error_message = "The service actions must be limited to the environment's region, its DR region and us-east-1 (the global services)."
  }
}
