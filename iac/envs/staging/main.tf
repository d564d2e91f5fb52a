# Staging: the same stack as production (iac/modules/stack), at the smallest sizes. Everything that
# sets this environment apart is in this file; providers.tf and outputs.tf are the same in every
# environment.

locals {
  environment = "staging"
  region      = "us-east-1" # where the application runs
  dr_region   = "us-west-2" # receives the cross-region backup copies; must differ from region
}

module "habit_tracker" {
  source = "../../modules/stack"

  providers = {
    aws           = aws
    aws.us_east_1 = aws.us_east_1
    aws.dr        = aws.dr
  }

  environment = local.environment

  # arm64 layer for us-east-1; check the AWS Secrets Manager guide for the newest version number.
  secrets_extension_layer_arn = "arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:12"

  alarm_emails = []

  network = {
    vpc_cidr                       = "10.41.0.0/16"
    nat_gateway_mode               = "single"
    enable_secretsmanager_endpoint = false
    flow_log_retention_days        = 0
  }

  database = {
    min_acu               = 0.5
    max_acu               = 2
    auto_pause_seconds    = null # set e.g. 3600 to pause when idle; the first request after waits 15-30 s
    instance_count        = 1
    backup_retention_days = 3
    deletion_protection   = false
  }

  cache = {
    engine               = "valkey"
    major_engine_version = "8"
    max_data_gb          = 1
    max_ecpu_per_second  = 5000
    snapshot_retention   = 0
  }

  function = {
    memory_mb            = 1024
    timeout_seconds      = 10
    reserved_concurrency = 10
    # On: the handler reads the extension's token and the database secret only after a restore
    # (SnapStartCredentialsIT). Staging is where a real deploy first shows that the Parameters and
    # Secrets extension accepts the container credentials' token; prod follows once it has.
    snapstart_enabled      = true
    db_pool_size           = 1
    throttling_rate_limit  = 50
    throttling_burst_limit = 100
  }

  log_retention_days = 14

  backup = {
    hourly_retention_days         = 2 # hourly snapshots, each copied to dr_region: RPO 1 h
    hourly_copy_retention_days    = 2
    retention_days                = 7
    copy_retention_days           = 7
    vault_lock_min_retention_days = 0
  }

  spa_bucket_force_destroy = true
}
