variable "name" {
  type        = string
  description = "Prefix for every resource name, e.g. \"habit-tracker-prod\" (the stack module builds it and keeps it short)."
}

variable "ssm_prefix" {
  type        = string
  description = "Path prefix of the SSM parameters this module writes, e.g. \"/habit-tracker/prod\"."

  validation {
    condition     = can(regex("^(/[a-zA-Z0-9_.-]+)+$", var.ssm_prefix))
    error_message = "ssm_prefix must look like /habit-tracker/prod (no trailing slash)."
  }
}

variable "private_subnet_ids" {
  type        = list(string)
  description = "Private subnets (at least two AZs) for Aurora and ElastiCache."

  validation {
    condition     = length(var.private_subnet_ids) >= 2
    error_message = "Aurora and ElastiCache need private subnets in at least two availability zones."
  }
}

variable "database_security_group_id" {
  type        = string
  description = "Security group for Aurora (from the network module)."
}

variable "cache_security_group_id" {
  type        = string
  description = "Security group for ElastiCache (from the network module)."
}

# --- Aurora -------------------------------------------------------------------------------------

variable "engine_version" {
  type        = string
  description = "Aurora PostgreSQL engine version; must be a 16.x release."
  default     = "16.6"

  validation {
    condition     = can(regex("^16\\.[0-9]+$", var.engine_version))
    error_message = "engine_version must be an Aurora PostgreSQL 16.x version such as \"16.6\"."
  }
}

variable "database_name" {
  type        = string
  description = "Name of the application database created in the cluster."
  default     = "habits"

  validation {
    condition     = can(regex("^[a-z][a-z0-9_]{0,62}$", var.database_name))
    error_message = "database_name must start with a letter and hold only lower-case letters, digits and underscores."
  }
}

variable "master_username" {
  type        = string
  description = "Master user name; its password is generated and kept by RDS in Secrets Manager."
  default     = "habits_admin"

  validation {
    condition     = can(regex("^[a-z][a-z0-9_]{0,15}$", var.master_username)) && !contains(["postgres", "admin", "rdsadmin"], var.master_username)
    error_message = "master_username must be 1-16 lower-case letters, digits or underscores, start with a letter, and not be a reserved name."
  }
}

variable "min_acu" {
  type        = number
  description = "Minimum Aurora capacity units (0.5 to 256, in steps of 0.5). Ignored (forced to 0) when auto_pause_seconds is set."
  default     = 0.5

  validation {
    condition     = var.min_acu >= 0.5 && var.min_acu <= 256 && floor(var.min_acu * 2) == var.min_acu * 2
    error_message = "min_acu must be between 0.5 and 256 in steps of 0.5."
  }
}

variable "max_acu" {
  type        = number
  description = "Maximum Aurora capacity units (1 to 256, in steps of 0.5); also caps max_connections."
  default     = 4

  validation {
    condition     = var.max_acu >= 1 && var.max_acu <= 256 && floor(var.max_acu * 2) == var.max_acu * 2
    error_message = "max_acu must be between 1 and 256 in steps of 0.5."
  }
}

variable "auto_pause_seconds" {
  type        = number
  description = <<-EOT
    Idle seconds after which Aurora Serverless v2 pauses at 0 ACU (300-86400), or null to never pause.
    Off by default: the first connection after a pause waits while the instance resumes (about 15 s,
    up to 30 s or more after a long pause), which is longer than the API's database timeouts, so
    the first requests after a quiet period would answer 503. Consider it for staging only.
  EOT
  default     = null

  validation {
    condition     = var.auto_pause_seconds == null ? true : (var.auto_pause_seconds >= 300 && var.auto_pause_seconds <= 86400)
    error_message = "auto_pause_seconds must be null (never pause) or between 300 and 86400."
  }
}

variable "restore_snapshot_arn" {
  type        = string
  description = "ARN of an Aurora cluster snapshot (e.g. an AWS Backup recovery point copied to this region) to create the cluster from; null = a new, empty cluster. Read only when the cluster is created."
  default     = null
}

variable "instance_count" {
  type        = number
  description = "Aurora instances: 1 = writer only; 2 or more adds readers in other AZs that a failover promotes."
  default     = 1

  validation {
    condition     = var.instance_count >= 1 && var.instance_count <= 3
    error_message = "instance_count must be between 1 and 3."
  }
}

variable "backup_retention_days" {
  type        = number
  description = "Days of Aurora automated backups (point-in-time restore window)."
  default     = 7

  validation {
    condition     = var.backup_retention_days >= 1 && var.backup_retention_days <= 35
    error_message = "backup_retention_days must be between 1 and 35."
  }
}

variable "preferred_backup_window" {
  type        = string
  description = "Daily UTC window for automated backups, hh24:mi-hh24:mi."
  default     = "02:00-03:00"

  validation {
    condition     = can(regex("^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$", var.preferred_backup_window))
    error_message = "preferred_backup_window must look like 02:00-03:00."
  }
}

variable "preferred_maintenance_window" {
  type        = string
  description = "Weekly UTC maintenance window, ddd:hh24:mi-ddd:hh24:mi; must not overlap the backup window."
  default     = "sun:03:30-sun:04:30"

  validation {
    condition     = can(regex("^(mon|tue|wed|thu|fri|sat|sun):[0-2][0-9]:[0-5][0-9]-(mon|tue|wed|thu|fri|sat|sun):[0-2][0-9]:[0-5][0-9]$", var.preferred_maintenance_window))
    error_message = "preferred_maintenance_window must look like sun:03:30-sun:04:30."
  }
}

variable "deletion_protection" {
  type        = bool
  description = "Refuse to delete the Aurora cluster (true in prod). Also decides whether a final snapshot is taken on destroy."
  default     = true
}

variable "apply_immediately" {
  type        = bool
  description = "Apply Aurora changes now rather than in the maintenance window."
  default     = false
}

variable "jdbc_parameters" {
  type        = string
  description = "Query string appended to the JDBC URL. verify-full makes pgjdbc check Aurora's certificate and host name against the RDS CA bundle the compute module ships at /opt/rds-ca.pem."
  default     = "sslmode=verify-full&sslrootcert=/opt/rds-ca.pem"

  validation {
    condition     = can(regex("sslmode=(verify-full|verify-ca|require)", var.jdbc_parameters))
    error_message = "jdbc_parameters must keep TLS on: include sslmode=verify-full (or verify-ca/require)."
  }
}

# --- ElastiCache ------------------------------------------------------------------------------

variable "cache_engine" {
  type        = string
  description = "ElastiCache Serverless engine: \"valkey\" (cheaper, 100 MB minimum) or \"redis\" (1 GB minimum)."
  default     = "valkey"

  validation {
    condition     = contains(["valkey", "redis"], var.cache_engine)
    error_message = "cache_engine must be \"valkey\" or \"redis\"."
  }
}

variable "cache_major_engine_version" {
  type        = string
  description = "Major engine version: \"8\" for valkey, \"7\" for redis."
  default     = "8"

  validation {
    condition     = contains(["7", "8"], var.cache_major_engine_version)
    error_message = "cache_major_engine_version must be \"7\" or \"8\"."
  }
}

variable "cache_max_data_gb" {
  type        = number
  description = "Upper limit of cached data in GB (a cost ceiling; the cache evicts beyond it)."
  default     = 1

  validation {
    condition     = var.cache_max_data_gb >= 1 && var.cache_max_data_gb <= 5000
    error_message = "cache_max_data_gb must be between 1 and 5000."
  }
}

variable "cache_max_ecpu_per_second" {
  type        = number
  description = "Upper limit of ElastiCache Processing Units per second (a cost ceiling; beyond it commands are throttled and the API falls through to the database)."
  default     = 5000

  validation {
    condition     = var.cache_max_ecpu_per_second >= 1000 && var.cache_max_ecpu_per_second <= 15000000
    error_message = "cache_max_ecpu_per_second must be between 1000 and 15000000."
  }
}

variable "cache_snapshot_retention_days" {
  type        = number
  description = "Daily cache snapshots to keep (0 = none; the cache holds only derived data)."
  default     = 0

  validation {
    condition     = var.cache_snapshot_retention_days >= 0 && var.cache_snapshot_retention_days <= 35
    error_message = "cache_snapshot_retention_days must be between 0 and 35."
  }
}

variable "tags" {
  type        = map(string)
  description = "Extra tags for every resource."
  default     = {}
}
