variable "name" {
  type        = string
  description = "Prefix for every resource name, e.g. \"habit-tracker-prod\" (the stack module builds it and keeps it short)."
}

variable "resource_arns" {
  type        = list(string)
  description = "ARNs of what to back up (the Aurora cluster)."

  validation {
    condition     = length(var.resource_arns) > 0
    error_message = "Give at least one resource ARN to back up."
  }
}

variable "schedule" {
  type        = string
  description = "When the daily backup (the one kept longest) starts, as an AWS cron expression in UTC."
  default     = "cron(0 3 * * ? *)"

  validation {
    condition     = can(regex("^cron\\(.+\\)$", var.schedule))
    error_message = "schedule must be an AWS cron expression such as cron(0 3 * * ? *)."
  }
}

variable "hourly_schedule" {
  type        = string
  description = "When the hourly backup starts (the RPO: at most this long is lost with the region), as an AWS cron expression in UTC."
  default     = "cron(30 * * * ? *)"

  validation {
    condition     = can(regex("^cron\\(.+\\)$", var.hourly_schedule))
    error_message = "hourly_schedule must be an AWS cron expression such as cron(30 * * * ? *)."
  }
}

variable "hourly_retention_days" {
  type        = number
  description = "Days an hourly recovery point is kept in the primary region."
  default     = 2

  validation {
    condition     = var.hourly_retention_days >= 1 && var.hourly_retention_days <= 35
    error_message = "hourly_retention_days must be between 1 and 35."
  }
}

variable "hourly_copy_retention_days" {
  type        = number
  description = "Days the cross-region copy of an hourly recovery point is kept in the DR region."
  default     = 2

  validation {
    condition     = var.hourly_copy_retention_days >= 1 && var.hourly_copy_retention_days <= 35
    error_message = "hourly_copy_retention_days must be between 1 and 35."
  }
}

variable "retention_days" {
  type        = number
  description = "Days a recovery point is kept in the primary region."
  default     = 35

  validation {
    condition     = var.retention_days >= 1 && var.retention_days <= 36500
    error_message = "retention_days must be between 1 and 36500."
  }
}

variable "copy_retention_days" {
  type        = number
  description = "Days the cross-region copy is kept in the DR region."
  default     = 35

  validation {
    condition     = var.copy_retention_days >= 1 && var.copy_retention_days <= 36500
    error_message = "copy_retention_days must be between 1 and 36500."
  }
}

variable "vault_lock_min_retention_days" {
  type        = number
  description = "Lock both vaults (governance mode) so recovery points cannot be deleted before this many days; 0 = no lock."
  default     = 0

  validation {
    condition     = var.vault_lock_min_retention_days >= 0 && var.vault_lock_min_retention_days <= 36500
    error_message = "vault_lock_min_retention_days must be between 0 and 36500."
  }
}

variable "tags" {
  type        = map(string)
  description = "Extra tags for every resource."
  default     = {}
}
