# The pipeline's two roles for one environment, assumed by GitHub Actions through OIDC:
#   plan   - read-only: plans pull requests (GitHub environment plan-<env>);
#   deploy - applies main (GitHub environment <env>, which should require reviewers for prod).

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}

locals {
  name      = "habit-tracker-${var.environment}"
  account   = data.aws_caller_identity.current.account_id
  partition = data.aws_partition.current.partition
  oidc_host = "token.actions.githubusercontent.com"
  # The one SecureString an environment's state holds (the data module's cache URL): refreshing it
  # during a plan reads it back decrypted.
  secure_parameter_arn = "arn:${local.partition}:ssm:${var.region}:${local.account}:parameter/habit-tracker/${var.environment}/cache/url"
}

data "aws_iam_policy_document" "trust" {
  for_each = {
    plan   = "plan-${var.environment}"
    deploy = var.environment
  }

  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]

    principals {
      type        = "Federated"
      identifiers = [var.oidc_provider_arn]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.oidc_host}:aud"
      values   = ["sts.amazonaws.com"]
    }

    # Only jobs running in that GitHub environment of this repository.
    condition {
      test     = "StringEquals"
      variable = "${local.oidc_host}:sub"
      values   = ["repo:${var.github_repository}:environment:${each.value}"]
    }
  }
}

resource "aws_iam_role" "this" {
  for_each = data.aws_iam_policy_document.trust

  name                 = "${local.name}-${each.key}"
  description          = "GitHub Actions ${each.key}s ${local.name} (iac/envs/${var.environment})"
  assume_role_policy   = each.value.json
  max_session_duration = 3600
}

# --- plan -------------------------------------------------------------------------------------

resource "aws_iam_role_policy_attachment" "plan_read_only" {
  role       = aws_iam_role.this["plan"].name
  policy_arn = "arn:${local.partition}:iam::aws:policy/ReadOnlyAccess"
}

data "aws_iam_policy_document" "plan" {
  statement {
    sid       = "ReadState"
    actions   = ["s3:GetObject"]
    resources = ["${var.state_bucket_arn}/${var.state_key}"]
  }

  statement {
    sid       = "HoldTheLock"
    actions   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
    resources = ["${var.state_bucket_arn}/${var.state_key}.tflock"]
  }

  statement {
    sid       = "UseTheStateKey"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = [var.state_kms_key_arn]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["s3.${var.state_region}.amazonaws.com"]
    }
  }

  # ReadOnlyAccess reads SecureString parameters but cannot decrypt them with a customer managed
  # key; Terraform's refresh of the cache URL parameter needs exactly this: decrypt, through SSM,
  # that one parameter (its ARN is the encryption context SSM sends), with the data key.
  statement {
    sid       = "DecryptTheCacheUrlParameter"
    actions   = ["kms:Decrypt"]
    resources = ["arn:${local.partition}:kms:${var.region}:${local.account}:key/*"]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["ssm.${var.region}.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "kms:EncryptionContext:PARAMETER_ARN"
      values   = [local.secure_parameter_arn]
    }

    condition {
      test     = "ForAnyValue:StringEquals"
      variable = "kms:ResourceAliases"
      values   = ["alias/${local.name}-data"]
    }
  }
}

resource "aws_iam_role_policy" "plan" {
  name   = "terraform-plan"
  role   = aws_iam_role.this["plan"].id
  policy = data.aws_iam_policy_document.plan.json
}

# --- deploy -----------------------------------------------------------------------------------

# The environment's own roles: the deploy role may create, change and pass exactly these (never
# itself, the plan role, the operator role, nor another environment's: prod-dr's names start with
# prod's). iac/tools/deploy-policy-test.sh keeps them in step with the modules' aws_iam_role names.
locals {
  environment_roles = ["${local.name}-api-role", "${local.name}-flow-logs", "${local.name}-backup", "${local.name}-reminders-role", "${local.name}-reminders-schedule"]

  # The services whose resources iac/modules declare, one a line (iac/tools/deploy-policy-test.sh
  # checks every aws_ resource and data source type there against this list). Instead of
  # PowerUserAccess (every service but IAM and Organizations), only these, only in the regions the
  # environment uses: its own, its backups' DR region, and us-east-1, where the global services
  # (CloudFront, WAF for CloudFront, ACM for CloudFront, Route 53) are called.
  deploy_services = [
    "acm",
    "apigateway",
    "backup",
    "backup-storage", # a backup vault mounts its storage on creation
    "cloudfront",
    "cloudwatch",
    "ec2",
    "elasticache",
    "kms",
    "lambda",
    "logs",
    "rds",
    "route53",
    "s3",
    "scheduler",      # the reminder tick's every-minute schedule
    "secretsmanager", # RDS creates the master user's secret on the caller's behalf; the VAPID secret
    "sns",
    "ssm",
    "wafv2",
  ]
}

data "aws_iam_policy_document" "deploy" {
  statement {
    sid       = "ManageTheServicesIacUses"
    actions   = [for service in local.deploy_services : "${service}:*"]
    resources = ["*"]

    condition {
      test     = "StringEquals"
      variable = "aws:RequestedRegion"
      values   = distinct([var.region, var.dr_region, "us-east-1"])
    }
  }

  statement {
    sid = "ManageOwnRoles"
    actions = [
      "iam:CreateRole", "iam:DeleteRole", "iam:GetRole", "iam:UpdateRole", "iam:UpdateAssumeRolePolicy",
      "iam:TagRole", "iam:UntagRole", "iam:ListRolePolicies", "iam:ListAttachedRolePolicies",
      "iam:PutRolePolicy", "iam:GetRolePolicy", "iam:DeleteRolePolicy", "iam:AttachRolePolicy",
      "iam:DetachRolePolicy", "iam:ListInstanceProfilesForRole", "iam:PassRole",
    ]
    resources = [for role in local.environment_roles : "arn:${local.partition}:iam::${local.account}:role/${role}"]
  }

  statement {
    sid       = "ServiceLinkedRoles"
    actions   = ["iam:CreateServiceLinkedRole"]
    resources = ["arn:${local.partition}:iam::${local.account}:role/aws-service-role/*"]
  }

  statement {
    sid       = "ReadAndWriteState"
    actions   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
    resources = ["${var.state_bucket_arn}/${var.state_key}", "${var.state_bucket_arn}/${var.state_key}.tflock"]
  }

  statement {
    sid       = "UseTheStateKey"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = [var.state_kms_key_arn]
  }
}

resource "aws_iam_role_policy" "deploy" {
  name   = "terraform-deploy"
  role   = aws_iam_role.this["deploy"].id
  policy = data.aws_iam_policy_document.deploy.json
}
