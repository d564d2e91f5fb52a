# One environment of Habit Tracker: the seven modules wired together. Each directory under iac/envs
# is a thin root that configures the providers and calls this module once with its own sizes.
#
# Two pairs of modules reference each other (compute <-> edge, compute <-> observability). That is
# not a cycle: Terraform orders resources, not modules. CloudFront needs only the API's endpoint,
# which exists before the function; the function needs the CloudFront name (its allowed origin)
# and the log group, which exist before it.

locals {
  name          = "habit-tracker-${var.environment}"
  function_name = "${local.name}-api"
  # The reminder tick's function (the reminders module).
  reminder_function_name = "${local.name}-reminders"
}

module "network" {
  source = "../network"

  name                           = local.name
  vpc_cidr                       = var.network.vpc_cidr
  nat_gateway_mode               = var.network.nat_gateway_mode
  enable_secretsmanager_endpoint = var.network.enable_secretsmanager_endpoint
  flow_log_retention_days        = var.network.flow_log_retention_days
}

module "data" {
  source = "../data"

  name                       = local.name
  ssm_prefix                 = "/habit-tracker/${var.environment}"
  private_subnet_ids         = module.network.private_subnet_ids
  database_security_group_id = module.network.database_security_group_id
  cache_security_group_id    = module.network.cache_security_group_id

  min_acu               = var.database.min_acu
  max_acu               = var.database.max_acu
  auto_pause_seconds    = var.database.auto_pause_seconds
  instance_count        = var.database.instance_count
  backup_retention_days = var.database.backup_retention_days
  deletion_protection   = var.database.deletion_protection
  restore_snapshot_arn  = var.database.restore_snapshot_arn

  cache_engine                  = var.cache.engine
  cache_major_engine_version    = var.cache.major_engine_version
  cache_max_data_gb             = var.cache.max_data_gb
  cache_max_ecpu_per_second     = var.cache.max_ecpu_per_second
  cache_snapshot_retention_days = var.cache.snapshot_retention
}

module "observability" {
  source = "../observability"

  name               = local.name
  environment        = var.environment
  function_name      = local.function_name
  log_retention_days = var.log_retention_days
  alarm_emails       = var.alarm_emails

  api_id                    = module.compute.api_id
  api_stage_name            = module.compute.api_stage_name
  db_cluster_id             = module.data.cluster_id
  cache_name                = module.data.cache_name
  cache_max_data_gb         = module.data.cache_max_data_gb
  cache_max_ecpu_per_second = module.data.cache_max_ecpu_per_second
  aurora_max_connections    = 400
}

module "compute" {
  source = "../compute"

  name          = local.name
  function_name = local.function_name
  environment   = var.environment
  # lambda_jar_path and rds_ca_layer_path: the module's defaults. Terraform reads them relative to
  # the directory it runs in, iac/envs/<env>, whichever module names them.

  memory_mb                   = var.function.memory_mb
  timeout_seconds             = var.function.timeout_seconds
  reserved_concurrency        = var.function.reserved_concurrency
  snapstart_enabled           = var.function.snapstart_enabled
  private_subnet_ids          = module.network.private_subnet_ids
  lambda_security_group_id    = module.network.lambda_security_group_id
  secrets_extension_layer_arn = var.secrets_extension_layer_arn

  db_url                = module.data.jdbc_url
  db_user               = module.data.master_username
  db_secret_arn         = module.data.master_user_secret_arn
  db_secret_kms_key_arn = module.data.kms_key_arn
  vapid_secret_arn      = module.data.vapid_secret_arn
  db_pool_size          = var.function.db_pool_size
  redis_url             = module.data.redis_url
  allowed_origins       = module.edge.site_origins
  cookie_secure         = true

  log_group_name         = module.observability.lambda_log_group_name
  log_group_arn          = module.observability.lambda_log_group_arn
  access_log_group_arn   = module.observability.api_access_log_group_arn
  throttling_rate_limit  = var.function.throttling_rate_limit
  throttling_burst_limit = var.function.throttling_burst_limit
}

# The reminder tick: the API's jar and configuration, invoked every minute by EventBridge Scheduler.
module "reminders" {
  source = "../reminders"

  name                     = local.name
  function_name            = local.reminder_function_name
  lambda_jar_path          = module.compute.lambda_jar_path
  environment_variables    = module.compute.environment_variables
  layer_arns               = module.compute.layer_arns
  private_subnet_ids       = module.network.private_subnet_ids
  lambda_security_group_id = module.network.lambda_security_group_id
  db_secret_arn            = module.data.master_user_secret_arn
  vapid_secret_arn         = module.data.vapid_secret_arn
  secrets_kms_key_arn      = module.data.kms_key_arn
  reserved_concurrency     = var.reminders.reserved_concurrency
  schedule_enabled         = var.reminders.schedule_enabled
  log_retention_days       = var.log_retention_days
  alarm_topic_arn          = module.observability.alarm_topic_arn
}

module "edge" {
  source = "../edge"

  providers = {
    aws           = aws
    aws.us_east_1 = aws.us_east_1
  }

  name                     = local.name
  api_endpoint             = module.compute.api_endpoint
  domain_names             = var.domain_names
  route53_zone_id          = var.route53_zone_id
  spa_bucket_force_destroy = var.spa_bucket_force_destroy
}

module "backup" {
  source = "../backup"

  providers = {
    aws    = aws
    aws.dr = aws.dr
  }

  name                          = local.name
  resource_arns                 = [module.data.cluster_arn]
  hourly_retention_days         = var.backup.hourly_retention_days
  hourly_copy_retention_days    = var.backup.hourly_copy_retention_days
  retention_days                = var.backup.retention_days
  copy_retention_days           = var.backup.copy_retention_days
  vault_lock_min_retention_days = var.backup.vault_lock_min_retention_days
}
