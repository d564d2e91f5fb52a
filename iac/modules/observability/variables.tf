variable "name" {
  type        = string
  description = "Prefix for every resource name, e.g. \"habit-tracker-prod\" (the stack module builds it and keeps it short)."
}

variable "environment" {
  type        = string
  description = "Environment name (\"staging\", \"prod\"): the Environment dimension of the application's own metrics."
}

variable "app_metrics_namespace" {
  type        = string
  description = "CloudWatch namespace of the application's Embedded Metric Format metrics (RequestLog.NAMESPACE)."
  default     = "HabitTracker"
}

variable "function_name" {
  type        = string
  description = "Name of the API function. Its log group is created here, before the function, so it has a retention."
}

variable "log_retention_days" {
  type        = number
  description = "Retention of the function and API access log groups."
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a retention CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, ...)."
  }
}

variable "alarm_emails" {
  type        = list(string)
  description = "E-mail addresses subscribed to the alarm topic (each must confirm the subscription)."
  default     = []

  validation {
    condition     = alltrue([for e in var.alarm_emails : can(regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", e))])
    error_message = "Every alarm_emails entry must be an e-mail address."
  }
}

# --- What the alarms watch (outputs of the other modules; null until they exist) ---------------

variable "api_id" {
  type        = string
  description = "HTTP API ID (compute module)."
}

variable "api_stage_name" {
  type        = string
  description = "HTTP API stage name (compute module)."
  default     = "$default"
}

variable "db_cluster_id" {
  type        = string
  description = "Aurora cluster identifier (data module)."
}

variable "cache_name" {
  type        = string
  description = "ElastiCache Serverless cache name (data module)."
}

variable "cache_max_data_gb" {
  type        = number
  description = "The cache's data storage ceiling in GB (data module); the memory alarm fires at 80 % of it."
}

variable "cache_max_ecpu_per_second" {
  type        = number
  description = "The cache's ECPU/s ceiling (data module); the processing alarm fires at 80 % of it."
}

# --- Thresholds ----------------------------------------------------------------------------------

variable "api_5xx_per_minute" {
  type        = number
  description = "API 5xx responses per minute that, three minutes out of five, raise the alarm."
  default     = 5

  validation {
    condition     = var.api_5xx_per_minute >= 1
    error_message = "api_5xx_per_minute must be at least 1."
  }
}

variable "api_latency_p99_ms" {
  type        = number
  description = "p99 API latency in milliseconds over 5 minutes that raises the alarm (two periods in a row)."
  default     = 1000

  validation {
    condition     = var.api_latency_p99_ms >= 50 && var.api_latency_p99_ms <= 30000
    error_message = "api_latency_p99_ms must be between 50 and 30000."
  }
}

variable "cache_failures_per_5_minutes" {
  type        = number
  description = "Cache failures (the application's CacheFailures metric) in 5 minutes that, two periods of three, raise the alarm."
  default     = 10

  validation {
    condition     = var.cache_failures_per_5_minutes >= 1
    error_message = "cache_failures_per_5_minutes must be at least 1."
  }
}

variable "aurora_cpu_percent" {
  type        = number
  description = "Aurora CPU utilisation (%) over 15 minutes that raises the alarm."
  default     = 80

  validation {
    condition     = var.aurora_cpu_percent > 0 && var.aurora_cpu_percent <= 100
    error_message = "aurora_cpu_percent must be between 1 and 100."
  }
}

variable "aurora_max_connections" {
  type        = number
  description = "Database connections that raise the alarm; keep below the max_connections the cluster's max ACU allows."
  default     = 400

  validation {
    condition     = var.aurora_max_connections >= 10
    error_message = "aurora_max_connections must be at least 10."
  }
}

variable "tags" {
  type        = map(string)
  description = "Extra tags for every resource."
  default     = {}
}
