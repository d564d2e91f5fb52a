variable "region" {
  type        = string
  description = "Region of the state bucket. Choose one none of the environments runs in, so the state survives the loss of an application region (the DR redeploy needs it)."
  default     = "us-east-2"
}

variable "github_repository" {
  type        = string
  description = "owner/name of the GitHub repository whose workflows may assume the plan and deploy roles."

  validation {
    condition     = can(regex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", var.github_repository))
    error_message = "github_repository must be owner/name."
  }
}

variable "environments" {
  type = map(object({
    region    = string # where the environment runs (its SSM parameters and KMS key are there)
    dr_region = string # its main.tf's dr_region, where its backups are copied
  }))
  description = "The environments the pipeline plans and deploys (directories under iac/envs), by name."
  default = {
    staging = { region = "us-east-1", dr_region = "us-west-2" }
    prod    = { region = "us-east-1", dr_region = "us-west-2" }
  }
}

variable "noncurrent_state_days" {
  type        = number
  description = "Days an overwritten state version is kept (the way back from a bad apply)."
  default     = 90
}

variable "operator_principal_arns" {
  type        = list(string)
  description = "Who may assume the operator roles (always with MFA), e.g. an on-call group's role; empty: any principal of the account whose own policy allows it."
  default     = []
}
