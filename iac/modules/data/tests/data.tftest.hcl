# The data module planned against mocked AWS: Aurora's capacity and TLS, the cache's TLS and users,
# and the SecureString the plan role must be able to read back.

mock_provider "aws" {
  mock_data "aws_caller_identity" {
    defaults = { account_id = "123456789012" }
  }
  mock_data "aws_partition" {
    defaults = { partition = "aws" }
  }
  # What RDS and ElastiCache report after creation, so that the URLs built from them are known.
  mock_resource "aws_rds_cluster" {
    override_during = plan
    defaults = {
      endpoint           = "habit-tracker-test-aurora.cluster-x.us-east-1.rds.amazonaws.com"
      master_user_secret = [{ secret_arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:rds-db-abc", kms_key_id = "k", secret_status = "active" }]
    }
  }
  mock_resource "aws_elasticache_serverless_cache" {
    override_during = plan
    defaults = {
      endpoint = [{ address = "habit-tracker-test-cache.serverless.use1.cache.amazonaws.com", port = 6379 }]
    }
  }
}

variables {
  name                       = "habit-tracker-test"
  ssm_prefix                 = "/habit-tracker/test"
  private_subnet_ids         = ["subnet-a", "subnet-b"]
  database_security_group_id = "sg-db"
  cache_security_group_id    = "sg-cache"
  min_acu                    = 1
  max_acu                    = 16
}

run "scales_aurora_between_min_and_max_acu" {
  command = plan

  assert {
    condition     = aws_rds_cluster.this.serverlessv2_scaling_configuration[0].min_capacity == 1 && aws_rds_cluster.this.serverlessv2_scaling_configuration[0].max_capacity == 16
    error_message = "Aurora must scale between min_acu and max_acu."
  }
  assert {
    condition     = aws_rds_cluster.this.storage_encrypted && aws_rds_cluster.this.manage_master_user_password
    error_message = "Aurora must be encrypted and its password managed by RDS in Secrets Manager."
  }
}

run "scales_to_zero_only_when_auto_pause_is_set" {
  command = plan

  variables {
    auto_pause_seconds = 3600
  }

  assert {
    condition     = aws_rds_cluster.this.serverlessv2_scaling_configuration[0].min_capacity == 0 && aws_rds_cluster.this.serverlessv2_scaling_configuration[0].seconds_until_auto_pause == 3600
    error_message = "With auto_pause_seconds, Aurora's floor must be 0 ACU and it must pause after that many idle seconds."
  }
}

run "requires_tls_to_aurora" {
  command = plan

  assert {
    condition     = anytrue([for p in aws_rds_cluster_parameter_group.this.parameter : p.name == "rds.force_ssl" && p.value == "1"])
    error_message = "The parameter group must refuse plain-text connections (rds.force_ssl = 1)."
  }
  assert {
    condition     = output.jdbc_url == "jdbc:postgresql://habit-tracker-test-aurora.cluster-x.us-east-1.rds.amazonaws.com:5432/habits?sslmode=verify-full&sslrootcert=/opt/rds-ca.pem"
    error_message = "The JDBC URL must verify Aurora's certificate and host name against the RDS CA bundle."
  }
}

run "lets_only_the_api_user_into_the_cache" {
  command = plan

  assert {
    condition     = aws_elasticache_user.this["default"].access_string == "off -@all"
    error_message = "The cache's default user must be switched off."
  }
  assert {
    condition     = aws_elasticache_serverless_cache.this.user_group_id == "habit-tracker-test-users" && aws_elasticache_user.this["app"].user_name == "habits"
    error_message = "The API must reach the cache through the user group, as user habits."
  }
}

run "keeps_the_cache_url_as_a_securestring_under_the_prefix" {
  command = plan

  assert {
    condition     = aws_ssm_parameter.redis_url.type == "SecureString" && aws_ssm_parameter.redis_url.name == "/habit-tracker/test/cache/url"
    error_message = "The cache URL parameter must be a SecureString at <ssm_prefix>/cache/url (the plan role's kms:Decrypt names it)."
  }
}

run "creates_the_cluster_from_a_recovery_point_only_when_given_one" {
  command = plan

  variables {
    restore_snapshot_arn = "arn:aws:rds:us-west-2:123456789012:cluster-snapshot:awsbackup:copyjob-1"
  }

  assert {
    condition     = aws_rds_cluster.this.snapshot_identifier == "arn:aws:rds:us-west-2:123456789012:cluster-snapshot:awsbackup:copyjob-1"
    error_message = "With restore_snapshot_arn (disaster recovery), the cluster must be created from that recovery point."
  }
}

run "keeps_the_vapid_keys_in_a_secret_terraform_never_overwrites" {
  command = plan

  assert {
    condition     = aws_secretsmanager_secret.vapid.name == "habit-tracker-test-vapid"
    error_message = "The VAPID secret must be <name>-vapid (docs/RUNBOOK.md puts the keys there)."
  }
  assert {
    condition     = jsondecode(aws_secretsmanager_secret_version.vapid_placeholder.secret_string) == { publicKey = "", privateKey = "", subject = "" }
    error_message = "Terraform must create the VAPID secret with a placeholder holding no key."
  }
}
