variable "environment" {
  type        = string
  description = "Environment name; part of every resource name."

  validation {
    condition     = contains(["staging", "prod", "prod-dr"], var.environment)
    error_message = "environment must be \"staging\", \"prod\" or \"prod-dr\" (production rebuilt in the DR region)."
  }

  # The rule for names, kept here, where the name is made: "habit-tracker-<environment>" stays
  # within 28 characters of lower-case letters, digits and hyphens. The modules' longest derived
  # names must fit AWS limits (ElastiCache ids of 40 characters such as "<name>-default"), and S3
  # bucket names ("<name>-spa-<account>") take lower case only.
  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,13}$", var.environment))
    error_message = "environment must be 1-14 lower-case letters, digits or hyphens, starting with a letter, so that habit-tracker-<environment> stays within 28 characters."
  }
}

variable "secrets_extension_layer_arn" {
  type        = string
  description = "arm64 AWS Parameters and Secrets Lambda Extension layer ARN of the region the application runs in (see the compute module)."
}

variable "domain_names" {
  type        = list(string)
  description = "Custom host names for the site; empty = the cloudfront.net name only."
  default     = []
}

variable "route53_zone_id" {
  type        = string
  description = "Hosted zone of domain_names (needed only when domain_names is set)."
  default     = null
}

variable "alarm_emails" {
  type        = list(string)
  description = "Who gets the alarm e-mails."
  default     = []
}

variable "network" {
  type = object({
    vpc_cidr                       = string
    nat_gateway_mode               = string
    enable_secretsmanager_endpoint = bool
    flow_log_retention_days        = number
  })
  description = "Network settings (see the network module for each field)."
}

variable "database" {
  type = object({
    min_acu               = number
    max_acu               = number
    auto_pause_seconds    = number
    instance_count        = number
    backup_retention_days = number
    deletion_protection   = bool
    restore_snapshot_arn  = optional(string) # disaster recovery only: see the data module
  })
  description = "Aurora settings (see the data module; auto_pause_seconds = null keeps it running)."
}

variable "cache" {
  type = object({
    max_data_gb          = number
    max_ecpu_per_second  = number
    snapshot_retention   = number
    engine               = string
    major_engine_version = string
  })
  description = "ElastiCache Serverless settings (see the data module)."
}

variable "function" {
  type = object({
    memory_mb              = number
    timeout_seconds        = number
    reserved_concurrency   = number
    snapstart_enabled      = bool
    db_pool_size           = number
    throttling_rate_limit  = number
    throttling_burst_limit = number
  })
  description = "Lambda and API Gateway settings (see the compute module)."
}

variable "log_retention_days" {
  type        = number
  description = "Retention of the function and access logs."
  default     = 30
}

variable "backup" {
  type = object({
    hourly_retention_days         = number
    hourly_copy_retention_days    = number
    retention_days                = number
    copy_retention_days           = number
    vault_lock_min_retention_days = number
  })
  description = "AWS Backup settings (see the backup module)."
}

variable "spa_bucket_force_destroy" {
  type        = bool
  description = "Allow destroying the SPA bucket with files in it."
  default     = false
}

variable "reminders" {
  type = object({
    reserved_concurrency = optional(number, 1)
    schedule_enabled     = optional(bool, true)
  })
  description = "The reminder tick (see the reminders module): ticks at once, and whether the schedule runs."
  default     = {}
}
