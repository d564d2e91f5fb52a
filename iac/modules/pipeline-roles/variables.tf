variable "environment" {
  type        = string
  description = "The environment (a directory under iac/envs); names are habit-tracker-<environment>-..."
}

variable "region" {
  type        = string
  description = "Region the environment runs in."
}

variable "dr_region" {
  type        = string
  description = "Region the environment's backups are copied to (its dr_region)."
}

variable "github_repository" {
  type        = string
  description = "owner/name of the repository whose workflows may assume the roles."
}

variable "oidc_provider_arn" {
  type        = string
  description = "ARN of the IAM OIDC provider for token.actions.githubusercontent.com."
}

variable "state_bucket_arn" {
  type        = string
  description = "ARN of the Terraform state bucket."
}

variable "state_region" {
  type        = string
  description = "Region of the state bucket (S3 uses the state key from there)."
}

variable "state_key" {
  type        = string
  description = "The environment's state object, e.g. habit-tracker/prod/terraform.tfstate; its lock is <key>.tflock."
}

variable "state_kms_key_arn" {
  type        = string
  description = "KMS key encrypting the state bucket."
}
