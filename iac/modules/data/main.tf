# Data tier: Aurora Serverless v2 PostgreSQL 16 (the system of record) and ElastiCache Serverless
# (a disposable cache: losing it costs latency, never data). Both sit in the private subnets,
# encrypted at rest with one customer managed key and reachable only through TLS.

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}

locals {
  cluster_identifier = "${var.name}-aurora"
  # RDS exports the PostgreSQL log to this group; it is created here first so it gets a retention.
  postgresql_log_group = "/aws/rds/cluster/${local.cluster_identifier}/postgresql"
}

resource "aws_kms_key" "data" {
  description             = "${var.name}: Aurora storage, the master user secret, the cache and SSM parameters"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  tags                    = var.tags
}

resource "aws_kms_alias" "data" {
  name          = "alias/${var.name}-data"
  target_key_id = aws_kms_key.data.key_id
}

# ---------------------------------------------------------------------------------------------
# Aurora Serverless v2 (PostgreSQL 16)
# ---------------------------------------------------------------------------------------------

resource "aws_db_subnet_group" "this" {
  name        = "${var.name}-aurora"
  description = "Private subnets of ${var.name}"
  subnet_ids  = var.private_subnet_ids
  tags        = var.tags
}

resource "aws_rds_cluster_parameter_group" "this" {
  name        = "${var.name}-aurora-pg16"
  family      = "aurora-postgresql16"
  description = "${var.name}: TLS required, slow statements logged"

  # Refuse plain-text connections; the API connects with sslmode=verify-full.
  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }

  # Log statements slower than one second (the API's own budget is far below that).
  parameter {
    name  = "log_min_duration_statement"
    value = "1000"
  }

  # A frozen Lambda can leave a transaction open; do not let it hold locks for long.
  parameter {
    name  = "idle_in_transaction_session_timeout"
    value = "60000"
  }

  tags = var.tags
}

resource "aws_cloudwatch_log_group" "postgresql" {
  name              = local.postgresql_log_group
  retention_in_days = 30
  tags              = var.tags
}

resource "aws_rds_cluster" "this" {
  cluster_identifier = local.cluster_identifier
  engine             = "aurora-postgresql"
  engine_mode        = "provisioned" # Serverless v2 is "provisioned" with db.serverless instances
  engine_version     = var.engine_version
  database_name      = var.database_name
  port               = 5432

  # Disaster recovery: create the cluster from a recovery point (the DR copy of an AWS Backup
  # snapshot) instead of empty. Read once, when the cluster is created; ignored afterwards, so
  # setting it on a running cluster never replaces it (docs/RUNBOOK.md -> Disaster recovery).
  snapshot_identifier = var.restore_snapshot_arn

  master_username = var.master_username
  # RDS generates the password, stores it in Secrets Manager (encrypted with our key) and can
  # rotate it; Terraform never sees it and it is not in the state.
  manage_master_user_password   = true
  master_user_secret_kms_key_id = aws_kms_key.data.arn

  db_subnet_group_name            = aws_db_subnet_group.this.name
  vpc_security_group_ids          = [var.database_security_group_id]
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.this.name

  storage_encrypted = true
  kms_key_id        = aws_kms_key.data.arn

  backup_retention_period      = var.backup_retention_days
  preferred_backup_window      = var.preferred_backup_window
  preferred_maintenance_window = var.preferred_maintenance_window
  copy_tags_to_snapshot        = true

  deletion_protection       = var.deletion_protection
  skip_final_snapshot       = !var.deletion_protection
  final_snapshot_identifier = var.deletion_protection ? "${local.cluster_identifier}-final" : null

  allow_major_version_upgrade     = false
  apply_immediately               = var.apply_immediately
  enabled_cloudwatch_logs_exports = ["postgresql"]

  serverlessv2_scaling_configuration {
    # Auto-pause (scale to 0 ACU) is off unless auto_pause_seconds is set: resuming takes about
    # 15 s (up to 30 s or more after a long pause), and every request in that time would fail its
    # database timeout. With it off the floor is min_acu, around 43 USD a month at 0.5 ACU.
    min_capacity             = var.auto_pause_seconds == null ? var.min_acu : 0
    max_capacity             = var.max_acu
    seconds_until_auto_pause = var.auto_pause_seconds
  }

  tags = var.tags

  lifecycle {
    ignore_changes = [snapshot_identifier]
  }

  depends_on = [aws_cloudwatch_log_group.postgresql]
}

resource "aws_rds_cluster_instance" "this" {
  count = var.instance_count

  identifier         = "${local.cluster_identifier}-${count.index + 1}"
  cluster_identifier = aws_rds_cluster.this.id
  instance_class     = "db.serverless"
  engine             = aws_rds_cluster.this.engine
  engine_version     = aws_rds_cluster.this.engine_version

  db_subnet_group_name = aws_db_subnet_group.this.name
  publicly_accessible  = false
  ca_cert_identifier   = "rds-ca-rsa2048-g1"
  promotion_tier       = count.index

  # Minor versions are upgraded on purpose, through engine_version and the pipeline, so the state
  # never drifts from what RDS runs.
  auto_minor_version_upgrade = false
  apply_immediately          = var.apply_immediately

  performance_insights_enabled          = true
  performance_insights_kms_key_id       = aws_kms_key.data.arn
  performance_insights_retention_period = 7 # the free tier

  tags = var.tags
}

# ---------------------------------------------------------------------------------------------
# ElastiCache Serverless (Valkey by default). TLS is always on for serverless caches; access
# control is a user group with one password user for the API and the "default" user switched off.
# ---------------------------------------------------------------------------------------------

# Every user group must hold a user named "default"; it is switched off. The API logs in as "habits".
locals {
  cache_users = {
    default = { user_name = "default", access_string = "off -@all" }
    # Every key and command: the cache adapter's key prefix and command set are not pinned yet,
    # and a refused invalidation would leave stale reads. Narrow this once they are.
    app = { user_name = "habits", access_string = "on ~* +@all" }
  }
}

# The users' passwords: two random UUIDs (v4, 122 bits from the operating system's CSPRNG each)
# without their hyphens, i.e. 64 hex characters: within ElastiCache's 16-128, and nothing in them
# needs escaping in a rediss:// URL. Built-in terraform_data rather than the random provider, so the
# configuration needs the AWS provider only and `terraform init -plugin-dir` works offline.
# uuid() is new on every plan: ignore_changes keeps the first value until a -replace rotates it
# (docs/RUNBOOK.md -> Rotate the cache password). sensitive() keeps it out of plan output.
resource "terraform_data" "cache_password" {
  for_each = local.cache_users

  input = sensitive(replace("${uuid()}${uuid()}", "-", ""))

  lifecycle {
    ignore_changes = [input]
  }
}

resource "aws_elasticache_user" "this" {
  for_each = local.cache_users

  user_id       = "${var.name}-${each.key}"
  user_name     = each.value.user_name
  engine        = var.cache_engine
  access_string = each.value.access_string

  authentication_mode {
    type      = "password"
    passwords = [terraform_data.cache_password[each.key].output]
  }

  tags = var.tags
}

resource "aws_elasticache_user_group" "this" {
  engine        = var.cache_engine
  user_group_id = "${var.name}-users"
  user_ids      = [aws_elasticache_user.this["default"].user_id, aws_elasticache_user.this["app"].user_id]
  tags          = var.tags
}

resource "aws_elasticache_serverless_cache" "this" {
  engine               = var.cache_engine
  name                 = "${var.name}-cache"
  description          = "${var.name}: sessions and read models (derived data only)"
  major_engine_version = var.cache_major_engine_version
  kms_key_id           = aws_kms_key.data.arn
  security_group_ids   = [var.cache_security_group_id]
  subnet_ids           = var.private_subnet_ids
  user_group_id        = aws_elasticache_user_group.this.user_group_id

  snapshot_retention_limit = var.cache_snapshot_retention_days
  daily_snapshot_time      = var.cache_snapshot_retention_days > 0 ? "04:00" : null

  # Cost ceilings: past them the cache evicts or throttles, and the API reads from PostgreSQL.
  cache_usage_limits {
    data_storage {
      maximum = var.cache_max_data_gb
      unit    = "GB"
    }
    ecpu_per_second {
      maximum = var.cache_max_ecpu_per_second
    }
  }

  tags = var.tags
}

locals {
  cache_endpoint = "${aws_elasticache_serverless_cache.this.endpoint[0].address}:${aws_elasticache_serverless_cache.this.endpoint[0].port}"
  redis_url      = "rediss://${aws_elasticache_user.this["app"].user_name}:${terraform_data.cache_password["app"].output}@${local.cache_endpoint}"
  jdbc_url       = "jdbc:postgresql://${aws_rds_cluster.this.endpoint}:${aws_rds_cluster.this.port}/${var.database_name}?${var.jdbc_parameters}"
}

# ---------------------------------------------------------------------------------------------
# SSM parameters: where operators and scripts find the data tier without reading Terraform state.
# ---------------------------------------------------------------------------------------------

locals {
  # Plain parameters, by path below ssm_prefix.
  ssm_strings = {
    "db/writer-endpoint" = { description = "Aurora writer endpoint", value = aws_rds_cluster.this.endpoint }
    "db/reader-endpoint" = { description = "Aurora reader endpoint", value = aws_rds_cluster.this.reader_endpoint }
    "db/jdbc-url"        = { description = "JDBC URL the API uses (HABITS_DB_URL)", value = local.jdbc_url }
    "db/secret-arn" = {
      description = "ARN of the RDS-managed master user secret (HABITS_DB_SECRET_ARN)"
      value       = aws_rds_cluster.this.master_user_secret[0].secret_arn
    }
    "cache/endpoint" = { description = "ElastiCache Serverless endpoint host:port", value = local.cache_endpoint }
  }
}

resource "aws_ssm_parameter" "string" {
  for_each = local.ssm_strings

  name        = "${var.ssm_prefix}/${each.key}"
  description = each.value.description
  type        = "String"
  value       = each.value.value
  tags        = var.tags
}

# The cache URL carries the API user's password: a SecureString, encrypted with the data key.
resource "aws_ssm_parameter" "redis_url" {
  name        = "${var.ssm_prefix}/cache/url"
  description = "rediss:// URL with the API user's credentials (HABITS_REDIS_URL)"
  type        = "SecureString"
  key_id      = aws_kms_key.data.arn
  value       = local.redis_url
  tags        = var.tags
}

# ---------------------------------------------------------------------------------------------
# The VAPID key pair that signs Web Push reminders (HABITS_VAPID_SECRET_ARN), encrypted with the data
# key. Terraform creates it with a placeholder that holds no key; an operator puts the real pair once
# (docs/RUNBOOK.md "Put the VAPID keys"), and Terraform never sets the value back. Until then push is
# unavailable: the public-key route answers 503 and the reminder function sends nothing.
# Browsers subscribe with the public key: replacing the pair invalidates every subscription.
# ---------------------------------------------------------------------------------------------

resource "aws_secretsmanager_secret" "vapid" {
  name        = "${var.name}-vapid"
  description = "VAPID key pair and contact for Web Push: {\"publicKey\",\"privateKey\",\"subject\"} (base64url)"
  kms_key_id  = aws_kms_key.data.arn
  tags        = var.tags
}

resource "aws_secretsmanager_secret_version" "vapid_placeholder" {
  secret_id     = aws_secretsmanager_secret.vapid.id
  secret_string = jsonencode({ publicKey = "", privateKey = "", subject = "" })

  lifecycle {
    ignore_changes = [secret_string]
  }
}
