variable "environment" {
  type        = string
  description = "The environment (a directory under iac/envs) the role operates; its resources are named habit-tracker-<environment>-..."
}

variable "region" {
  type        = string
  description = "Region the environment runs in."
}

variable "trusted_principal_arns" {
  type        = list(string)
  description = "Who may assume the role (always with MFA). Empty: any IAM principal of this account that its own policy lets call sts:AssumeRole on it."
  default     = []
}

variable "max_mfa_age_seconds" {
  type        = number
  description = "How long after the MFA sign-in the role may still be assumed."
  default     = 3600
}

variable "state_bucket_arn" {
  type        = string
  description = "ARN of the Terraform state bucket (the cache-password rotation is a terraform apply)."
}

variable "state_region" {
  type        = string
  description = "Region of the state bucket."
}

variable "state_key" {
  type        = string
  description = "The environment's state object; its lock is <key>.tflock."
}

variable "state_kms_key_arn" {
  type        = string
  description = "KMS key encrypting the state bucket."
}
