# Production: the stack of iac/modules/stack at sizes that are starting points for about 10k-100k
# users (see docs/COST.md). Everything that sets this environment apart is in this file;
# providers.tf and outputs.tf are the same in every environment.

locals {
  environment = "prod"
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

  # domain_names    = ["habits.example.com"]
  # route53_zone_id = "Z0123456789ABCDEFGHIJ"
  alarm_emails = []

  network = {
    vpc_cidr                       = "10.40.0.0/16"
    nat_gateway_mode               = "per_az" # egress survives the loss of one AZ
    enable_secretsmanager_endpoint = true     # the secret never crosses the NAT
    flow_log_retention_days        = 30
  }

  database = {
    min_acu               = 1
    max_acu               = 16
    auto_pause_seconds    = null # never pause in production: a resume takes 15-30 s
    instance_count        = 2    # writer + a reader in another AZ that a failover promotes
    backup_retention_days = 14
    deletion_protection   = true
  }

  cache = {
    engine               = "valkey"
    major_engine_version = "8"
    max_data_gb          = 5
    max_ecpu_per_second  = 50000
    snapshot_retention   = 0 # the cache holds derived data only
  }

  function = {
    memory_mb            = 1536
    timeout_seconds      = 10
    reserved_concurrency = 200 # x db_pool_size 1 = at most 200 connections, under the connection alarm
    # Off until staging has shown, on a real deploy, that the Parameters and Secrets extension accepts
    # the container credentials' token after a SnapStart restore (the handler's side is tested).
    snapstart_enabled      = false
    db_pool_size           = 1
    throttling_rate_limit  = 1000
    throttling_burst_limit = 2000
  }

  log_retention_days = 90

  backup = {
    hourly_retention_days         = 7 # hourly snapshots, each copied to dr_region: RPO 1 h
    hourly_copy_retention_days    = 7
    retention_days                = 35
    copy_retention_days           = 35
    vault_lock_min_retention_days = 7
  }

  spa_bucket_force_destroy = false
}
