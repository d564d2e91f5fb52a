# Bootstrap: what must exist before any environment can be planned or deployed, applied once per
# account by an administrator (iac/bootstrap/README.md): the state bucket (the lock is an object
# in it, use_lockfile), its key, GitHub's OIDC provider, and per environment the pipeline's plan
# role (read-only) and deploy role, and the operator role people assume with MFA.

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}

locals {
  account   = data.aws_caller_identity.current.account_id
  partition = data.aws_partition.current.partition
  bucket    = "habit-tracker-terraform-state-${local.account}"
  oidc_host = "token.actions.githubusercontent.com"
  # The key of each environment's state, as the deploy workflow passes it with -backend-config.
  state_key = { for env, _ in var.environments : env => "habit-tracker/${env}/terraform.tfstate" }
}

# ---------------------------------------------------------------------------------------------
# The state bucket: versioned, encrypted with its own key, private, TLS only.
# ---------------------------------------------------------------------------------------------

resource "aws_kms_key" "state" {
  description             = "habit-tracker: Terraform state (it holds the cache password)"
  enable_key_rotation     = true
  deletion_window_in_days = 30
}

resource "aws_kms_alias" "state" {
  name          = "alias/habit-tracker-terraform-state"
  target_key_id = aws_kms_key.state.key_id
}

resource "aws_s3_bucket" "state" {
  bucket = local.bucket

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_s3_bucket_public_access_block" "state" {
  bucket                  = aws_s3_bucket.state.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "state" {
  bucket = aws_s3_bucket.state.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_versioning" "state" {
  bucket = aws_s3_bucket.state.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "state" {
  bucket = aws_s3_bucket.state.id

  rule {
    bucket_key_enabled = true

    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.state.arn
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "state" {
  bucket = aws_s3_bucket.state.id

  rule {
    id     = "expire-old-state-versions"
    status = "Enabled"

    filter {}

    noncurrent_version_expiration {
      noncurrent_days = var.noncurrent_state_days
    }
  }

  depends_on = [aws_s3_bucket_versioning.state]
}

data "aws_iam_policy_document" "state_bucket" {
  statement {
    sid       = "DenyPlainHttp"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.state.arn, "${aws_s3_bucket.state.arn}/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "state" {
  bucket     = aws_s3_bucket.state.id
  policy     = data.aws_iam_policy_document.state_bucket.json
  depends_on = [aws_s3_bucket_public_access_block.state]
}

# ---------------------------------------------------------------------------------------------
# GitHub Actions' OIDC provider: the workflows get short-lived credentials, no stored keys.
# ---------------------------------------------------------------------------------------------

resource "aws_iam_openid_connect_provider" "github" {
  url            = "https://${local.oidc_host}"
  client_id_list = ["sts.amazonaws.com"]
}

module "pipeline_roles" {
  source   = "../modules/pipeline-roles"
  for_each = var.environments

  environment       = each.key
  region            = each.value.region
  dr_region         = each.value.dr_region
  github_repository = var.github_repository
  oidc_provider_arn = aws_iam_openid_connect_provider.github.arn
  state_bucket_arn  = aws_s3_bucket.state.arn
  state_key         = local.state_key[each.key]
  state_kms_key_arn = aws_kms_key.state.arn
  state_region      = var.region
}

# Per environment, the role people on call assume (with MFA) for docs/RUNBOOK.md. Here and not in
# the environment, so the pipeline's deploy role can neither create nor widen it.
module "operator_role" {
  source   = "../modules/operator-role"
  for_each = var.environments

  environment            = each.key
  region                 = each.value.region
  trusted_principal_arns = var.operator_principal_arns
  state_bucket_arn       = aws_s3_bucket.state.arn
  state_key              = local.state_key[each.key]
  state_kms_key_arn      = aws_kms_key.state.arn
  state_region           = var.region
}
