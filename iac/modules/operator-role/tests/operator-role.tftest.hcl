# The operator role planned against mocked AWS: only people signed in with MFA assume it, and each
# write it may make is a named action on this environment's own resources.

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
  state_bucket_arn  = "arn:aws:s3:::habit-tracker-terraform-state-123456789012"
  state_region      = "us-east-2"
  state_key         = "habit-tracker/prod/terraform.tfstate"
  state_kms_key_arn = "arn:aws:kms:us-east-2:123456789012:key/state"
}

run "is_assumed_only_with_a_recent_mfa_sign_in" {
  command = plan

  assert {
    condition = alltrue([for s in data.aws_iam_policy_document.trust.statement : alltrue([
      anytrue([for c in s.condition : c.test == "Bool" && c.variable == "aws:MultiFactorAuthPresent" && c.values == tolist(["true"])]),
      anytrue([for c in s.condition : c.test == "NumericLessThan" && c.variable == "aws:MultiFactorAuthAge" && c.values == tolist(["3600"])]),
    ])])
    error_message = "Every way into the operator role must require MFA, signed in within the hour."
  }
  assert {
    condition     = aws_iam_role.operator.name == "habit-tracker-prod-operator" && aws_iam_role.operator.max_session_duration == 3600
    error_message = "The role must be habit-tracker-<env>-operator, with one-hour sessions."
  }
}

run "is_trusted_by_the_account_unless_principals_are_named" {
  command = plan

  assert {
    condition     = one(one(data.aws_iam_policy_document.trust.statement).principals).identifiers == toset(["arn:aws:iam::123456789012:root"])
    error_message = "Without trusted_principal_arns the account's own principals (and only they) may assume the role."
  }
}

run "never_allows_every_action_nor_every_resource" {
  command = plan

  assert {
    condition = alltrue([for s in data.aws_iam_policy_document.operate.statement :
    !contains(s.resources, "*") && alltrue([for a in s.actions : a != "*" && !endswith(a, ":*")])])
    error_message = "Every write must be a named action on named resources, never * nor service:*."
  }
  assert {
    condition     = alltrue([for s in data.aws_iam_policy_document.operate.statement : s.effect == null || s.effect == "Allow"]) && aws_iam_role_policy_attachment.read_only.policy_arn == "arn:aws:iam::aws:policy/ReadOnlyAccess"
    error_message = "Beyond ReadOnlyAccess the role gets the RUNBOOK's writes only."
  }
}

run "writes_only_what_bears_the_environments_own_names" {
  command = plan

  assert {
    # A resource either names the environment (a wildcard only after a further word, so prod's role
    # never reaches prod-dr's habit-tracker-prod-dr-...), or is under the environment's path (its state, its parameters), or its
    # statement narrows it by a condition naming the environment, or it is a restore job's recovery
    # point (what the restore may do is the passed backup role's).
    condition = alltrue(flatten([for s in data.aws_iam_policy_document.operate.statement : [for r in s.resources :
      (can(regex("habit-tracker-prod-[a-z]", r)) && !can(regex("habit-tracker-prod-\\*", r)) && !strcontains(r, "prod-dr"))
      || strcontains(r, "/habit-tracker/prod/") || r == var.state_kms_key_arn
      || length(s.condition) > 0 || s.sid == "StartARestoreJob"
      || s.sid == "LetRdsCreateTheRestoredClustersSecret"
    ]]))
    error_message = "Every resource the operator may write must be habit-tracker-prod-<something>, under habit-tracker/prod/, or narrowed by a condition."
  }
  assert {
    condition = alltrue(flatten([for s in data.aws_iam_policy_document.operate.statement : [for c in s.condition :
      anytrue([for v in c.values : strcontains(v, "prod") || endswith(v, "amazonaws.com") || v == "habit-tracker"])
    ]]))
    error_message = "Every condition must name the environment (or the services the key is used through)."
  }
  assert {
    condition = alltrue([for s in data.aws_iam_policy_document.operate.statement :
    s.resources == toset(["arn:aws:iam::123456789012:role/habit-tracker-prod-backup"]) if anytrue([for a in s.actions : startswith(a, "iam:")])])
    error_message = "The only IAM action is passing the environment's backup role (to a restore job)."
  }
}

run "may_invoke_and_move_only_the_environments_function" {
  command = plan

  assert {
    condition = one([for s in data.aws_iam_policy_document.operate.statement : s.resources if contains(s.actions, "lambda:UpdateAlias")]) == toset([
      "arn:aws:lambda:us-east-1:123456789012:function:habit-tracker-prod-api",
      "arn:aws:lambda:us-east-1:123456789012:function:habit-tracker-prod-api:*",
    ])
    error_message = "The alias may be moved on habit-tracker-prod-api (and its versions) only."
  }
}
