variable "name" {
  type        = string
  description = "Prefix for every resource name, e.g. \"habit-tracker-prod\" (the stack module builds it and keeps it short)."
}

variable "vpc_cidr" {
  type        = string
  description = "IPv4 /16 CIDR of the VPC. It is cut into /20 subnets: public ones from the bottom half, private ones from the top half."
  default     = "10.40.0.0/16"

  validation {
    condition     = can(cidrhost(var.vpc_cidr, 0)) && endswith(var.vpc_cidr, "/16")
    error_message = "vpc_cidr must be a valid IPv4 /16 CIDR block (e.g. 10.40.0.0/16)."
  }
}

variable "az_count" {
  type        = number
  description = "How many availability zones to spread the subnets over (Aurora and ElastiCache need at least two)."
  default     = 2

  validation {
    condition     = var.az_count >= 2 && var.az_count <= 3
    error_message = "az_count must be 2 or 3."
  }
}

variable "nat_gateway_mode" {
  type        = string
  description = <<-EOT
    How the private subnets reach the internet (the Lambda needs HTTPS to Secrets Manager):
    "single" = one NAT gateway shared by all AZs (cheapest; an AZ outage in its AZ cuts egress),
    "per_az" = one NAT gateway per AZ (highly available, one hourly charge per AZ),
    "none"   = no NAT; only useful together with enable_secretsmanager_endpoint = true.
  EOT
  default     = "single"

  validation {
    condition     = contains(["single", "per_az", "none"], var.nat_gateway_mode)
    error_message = "nat_gateway_mode must be one of \"single\", \"per_az\" or \"none\"."
  }
}

variable "enable_secretsmanager_endpoint" {
  type        = bool
  description = "Create an interface VPC endpoint for Secrets Manager so the secret is read without leaving the VPC (about 7 USD per AZ a month)."
  default     = false
}

variable "flow_log_retention_days" {
  type        = number
  description = "Retention of the VPC flow log group in days; 0 turns flow logs off."
  default     = 0

  validation {
    condition     = contains([0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.flow_log_retention_days)
    error_message = "flow_log_retention_days must be 0 (off) or a retention CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, ...)."
  }
}

variable "tags" {
  type        = map(string)
  description = "Extra tags for every resource (the provider's default_tags apply as well)."
  default     = {}
}
