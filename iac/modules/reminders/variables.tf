variable "name" {
  type        = string
  description = "Prefix of every name (habit-tracker-<env>)."
}

variable "function_name" {
  type        = string
  description = "Name of the reminder tick function."
}

variable "lambda_jar_path" {
  type        = string
  description = "The API function's jar (the compute module's lambda_jar_path output): both run the same artifact."
}

variable "environment_variables" {
  type        = map(string)
  description = "The API function's environment (the compute module's environment_variables output)."
  # HABITS_REDIS_URL carries the cache user's password.
  sensitive = true
}

variable "layer_arns" {
  type        = list(string)
  description = "The API function's layers: the secrets extension and the RDS CA bundle."
}

variable "private_subnet_ids" {
  type        = list(string)
  description = "The API function's subnets."
}

variable "lambda_security_group_id" {
  type        = string
  description = "The API function's security group (the database and the cache admit it)."
}

variable "db_secret_arn" {
  type        = string
  description = "The database secret (HABITS_DB_SECRET_ARN in the environment)."
}

variable "vapid_secret_arn" {
  type        = string
  description = "The VAPID secret (HABITS_VAPID_SECRET_ARN in the environment)."
}

variable "secrets_kms_key_arn" {
  type        = string
  description = "The KMS key encrypting both secrets (decrypted through Secrets Manager only)."
}

variable "memory_mb" {
  type        = number
  description = "Memory of the tick function (and so its CPU)."
  default     = 512
}

variable "timeout_seconds" {
  type        = number
  description = "How long a tick may run: under a minute, so that ticks do not overlap in the normal case."
  default     = 50

  validation {
    condition     = var.timeout_seconds >= 10 && var.timeout_seconds <= 60
    error_message = "timeout_seconds must be between 10 and 60 (a tick comes every minute)."
  }
}

variable "reserved_concurrency" {
  type        = number
  description = "At most this many ticks at once (1 or 2): each holds database connections."
  default     = 1

  validation {
    condition     = var.reserved_concurrency >= 1 && var.reserved_concurrency <= 2
    error_message = "reserved_concurrency must be 1 or 2."
  }
}

variable "schedule_enabled" {
  type        = bool
  description = "Whether the every-minute schedule runs (false pauses reminders without removing anything)."
  default     = true
}

variable "log_retention_days" {
  type        = number
  description = "Retention of the tick function's log group."
}

variable "alarm_topic_arn" {
  type        = string
  description = "SNS topic the error alarm notifies (the observability module's)."
}

variable "tags" {
  type        = map(string)
  description = "Tags for every resource."
  default     = {}
}
