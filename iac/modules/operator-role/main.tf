# The operator role of one environment: what a person on call assumes, with MFA, to do the steps of
# docs/RUNBOOK.md and nothing else. Reading is broad (ReadOnlyAccess, as the plan role: the alarms'
# logs, metrics and events, and the refresh that the cache-password rotation's terraform apply
# makes); every write is listed below and scoped to this environment's own names. Building or
# deleting infrastructure is the pipeline's deploy role's job, never this one's.

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}

locals {
  name      = "habit-tracker-${var.environment}"
  account   = data.aws_caller_identity.current.account_id
  partition = data.aws_partition.current.partition
  trusted   = length(var.trusted_principal_arns) > 0 ? var.trusted_principal_arns : ["arn:${local.partition}:iam::${local.account}:root"]

  # ARN prefixes in the environment's region and account.
  arn = { for service in ["lambda", "rds", "elasticache", "ssm", "secretsmanager", "kms", "backup"] :
    service => "arn:${local.partition}:${service}:${var.region}:${local.account}"
  }
  function    = "${local.arn.lambda}:function:${local.name}-api"
  cluster     = "${local.name}-aurora"
  cache_url   = "${local.arn.ssm}:parameter/habit-tracker/${var.environment}/cache/url"
  data_key    = "alias/${local.name}-data"
  backup_role = "arn:${local.partition}:iam::${local.account}:role/${local.name}-backup"
}

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "AWS"
      identifiers = local.trusted
    }

    condition {
      test     = "Bool"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["true"]
    }

    condition {
      test     = "NumericLessThan"
      variable = "aws:MultiFactorAuthAge"
      values   = [tostring(var.max_mfa_age_seconds)]
    }
  }
}

resource "aws_iam_role" "operator" {
  name                 = "${local.name}-operator"
  description          = "On-call operator of ${local.name} (docs/RUNBOOK.md), assumed with MFA"
  assume_role_policy   = data.aws_iam_policy_document.trust.json
  max_session_duration = 3600
}

resource "aws_iam_role_policy_attachment" "read_only" {
  role       = aws_iam_role.operator.name
  policy_arn = "arn:${local.partition}:iam::aws:policy/ReadOnlyAccess"
}

data "aws_iam_policy_document" "operate" {
  # RUNBOOK: Deploy steps 2-3 by hand, Roll back, and fresh environments after a failed rotation.
  statement {
    sid = "CheckPromoteAndRollBackTheFunction"
    actions = [
      "lambda:InvokeFunction", "lambda:UpdateAlias", "lambda:PublishVersion",
      "lambda:UpdateFunctionConfiguration",
    ]
    resources = [local.function, "${local.function}:*"]
  }

  # RUNBOOK: Roll back -> the SPA (index.html's previous version) and its invalidation.
  statement {
    sid       = "RestoreTheSpaIndex"
    actions   = ["s3:GetObjectVersion", "s3:PutObject"]
    resources = ["arn:${local.partition}:s3:::${local.name}-spa-${local.account}/index.html"]
  }

  # Distribution ARNs hold an id, not a name: the environment's tags (providers.tf's default_tags) pick it.
  statement {
    sid       = "InvalidateTheDistribution"
    actions   = ["cloudfront:CreateInvalidation"]
    resources = ["arn:${local.partition}:cloudfront::${local.account}:distribution/*"]

    condition {
      test     = "StringEquals"
      variable = "aws:ResourceTag/Project"
      values   = ["habit-tracker"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:ResourceTag/Environment"
      values   = [var.environment]
    }
  }

  # RUNBOOK: Rotate the database secret (modify-db-cluster --rotate-master-user-password), Restore
  # from backup (into <cluster>-restore, swap the names through <cluster>-old, delete -old).
  statement {
    sid       = "RotateRestoreAndSwapTheCluster"
    actions   = ["rds:ModifyDBCluster", "rds:RestoreDBClusterToPointInTime", "rds:AddTagsToResource"]
    resources = ["${local.arn.rds}:cluster:${local.cluster}", "${local.arn.rds}:cluster:${local.cluster}-*"]
  }

  statement {
    sid     = "RestoreIntoTheEnvironmentsNetworkAndParameters"
    actions = ["rds:RestoreDBClusterToPointInTime"]
    resources = [
      "${local.arn.rds}:subgrp:${local.cluster}",
      "${local.arn.rds}:cluster-pg:${local.cluster}-pg16",
    ]
  }

  statement {
    sid       = "AddTheRestoredClustersInstance"
    actions   = ["rds:CreateDBInstance"]
    resources = ["${local.arn.rds}:db:${local.cluster}-restore-*", "${local.arn.rds}:cluster:${local.cluster}-restore"]
  }

  # Only the cluster the swap retired, and instances of this environment (the old cluster keeps
  # its <cluster>-<n> instances, which go first).
  statement {
    sid       = "DeleteTheRetiredCluster"
    actions   = ["rds:DeleteDBCluster", "rds:DeleteDBInstance", "rds:CreateDBClusterSnapshot"]
    resources = ["${local.arn.rds}:cluster:${local.cluster}-old", "${local.arn.rds}:db:${local.cluster}-*", "${local.arn.rds}:cluster-snapshot:${local.cluster}-old-*"]
  }

  # RDS manages the master password in Secrets Manager on the caller's behalf: the rotation and the
  # restored cluster's --manage-master-user-password. RDS names its secrets rds!cluster-<id> (no
  # cluster name in it) and tags them with their cluster, which scopes the rotation.
  statement {
    sid       = "LetRdsCreateTheRestoredClustersSecret"
    actions   = ["secretsmanager:CreateSecret", "secretsmanager:TagResource"]
    resources = ["${local.arn.secretsmanager}:secret:rds!cluster-*"]
  }

  statement {
    sid       = "LetRdsRotateTheMasterSecret"
    actions   = ["secretsmanager:RotateSecret"]
    resources = ["${local.arn.secretsmanager}:secret:rds!cluster-*"]

    condition {
      test     = "StringLike"
      variable = "aws:ResourceTag/aws:rds:primaryDBClusterArn"
      values   = ["${local.arn.rds}:cluster:${local.cluster}", "${local.arn.rds}:cluster:${local.cluster}-*"]
    }
  }

  # The VAPID key pair Terraform creates empty and an operator puts once (docs/RUNBOOK.md "Put the
  # VAPID keys"). Secrets Manager appends six random characters to a secret's name in its ARN.
  statement {
    sid       = "PutTheVapidKeys"
    actions   = ["secretsmanager:PutSecretValue", "secretsmanager:DescribeSecret"]
    resources = ["${local.arn.secretsmanager}:secret:${local.name}-vapid-??????"]
  }

  # The environment's data key, only through RDS (the restored cluster and its secret), SSM (the
  # cache URL the rotation rewrites) and Secrets Manager (the VAPID keys put).
  statement {
    sid       = "UseTheDataKeyThroughRdsAndSsm"
    actions   = ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:CreateGrant", "kms:DescribeKey"]
    resources = ["${local.arn.kms}:key/*"]

    condition {
      test     = "ForAnyValue:StringEquals"
      variable = "kms:ResourceAliases"
      values   = [local.data_key]
    }

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["rds.${var.region}.amazonaws.com", "ssm.${var.region}.amazonaws.com", "secretsmanager.${var.region}.amazonaws.com"]
    }
  }

  # RUNBOOK: From AWS Backup. The restore runs as the environment's backup role, which limits it.
  statement {
    sid       = "StartARestoreJob"
    actions   = ["backup:StartRestoreJob"]
    resources = ["${local.arn.backup}:recovery-point:*", "${local.arn.rds}:cluster-snapshot:awsbackup:*"]
  }

  statement {
    sid       = "RestoreAsTheBackupRole"
    actions   = ["iam:PassRole"]
    resources = [local.backup_role]

    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["backup.amazonaws.com"]
    }
  }

  # RUNBOOK: Rotate the cache password, a terraform apply -replace: the state and its lock, the
  # cache user's password, the cache URL parameter, and the function's new version (above).
  statement {
    sid       = "ApplyTheCachePasswordRotation"
    actions   = ["elasticache:ModifyUser"]
    resources = ["${local.arn.elasticache}:user:${local.name}-app"]
  }

  statement {
    sid       = "RewriteTheCacheUrl"
    actions   = ["ssm:PutParameter"]
    resources = [local.cache_url]
  }

  statement {
    sid       = "ReadAndWriteTheState"
    actions   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
    resources = ["${var.state_bucket_arn}/${var.state_key}", "${var.state_bucket_arn}/${var.state_key}.tflock"]
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
}

resource "aws_iam_role_policy" "operate" {
  name   = "operate"
  role   = aws_iam_role.operator.id
  policy = data.aws_iam_policy_document.operate.json
}
