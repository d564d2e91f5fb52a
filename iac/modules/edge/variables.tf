variable "name" {
  type        = string
  description = "Prefix for every resource name, e.g. \"habit-tracker-prod\" (the stack module builds it and keeps it short)."
}

variable "api_endpoint" {
  type        = string
  description = "https:// endpoint of the HTTP API (compute module output); origin of /api/* and /health*."

  validation {
    condition     = startswith(var.api_endpoint, "https://")
    error_message = "api_endpoint must start with https://."
  }
}

variable "domain_names" {
  type        = list(string)
  description = "Custom host names for the site (e.g. [\"habits.example.com\"]). Empty = the cloudfront.net name only."
  default     = []
}

variable "route53_zone_id" {
  type        = string
  description = "Route 53 hosted zone for domain_names (DNS validation of the certificate and alias records). Required when domain_names is not empty."
  default     = null
}

variable "price_class" {
  type        = string
  description = "CloudFront price class: PriceClass_100 (North America, Europe), PriceClass_200 or PriceClass_All."
  default     = "PriceClass_100"

  validation {
    condition     = contains(["PriceClass_100", "PriceClass_200", "PriceClass_All"], var.price_class)
    error_message = "price_class must be PriceClass_100, PriceClass_200 or PriceClass_All."
  }
}

variable "rate_limit_per_5_minutes" {
  type        = number
  description = "WAF: requests one IP may send in any 5-minute window before it is blocked."
  default     = 2000

  validation {
    condition     = var.rate_limit_per_5_minutes >= 100 && var.rate_limit_per_5_minutes <= 2000000000
    error_message = "rate_limit_per_5_minutes must be at least 100."
  }
}

variable "auth_rate_limit_per_5_minutes" {
  type        = number
  description = "WAF: requests one IP may send to /api/auth/* in any 5-minute window (password guessing)."
  default     = 100

  validation {
    condition     = var.auth_rate_limit_per_5_minutes >= 100
    error_message = "auth_rate_limit_per_5_minutes must be at least 100 (the WAF minimum)."
  }
}

variable "spa_bucket_force_destroy" {
  type        = bool
  description = "Let terraform destroy the SPA bucket even when it holds files (true for staging)."
  default     = false
}

variable "content_security_policy" {
  type        = string
  description = "Content-Security-Policy of the SPA's responses; the same as the local server sends (adapters-local-http)."
  default     = "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"

  validation {
    condition     = !strcontains(var.content_security_policy, "'unsafe-inline'") && strcontains(var.content_security_policy, "default-src")
    error_message = "content_security_policy must set default-src and must not allow 'unsafe-inline'."
  }
}

variable "tags" {
  type        = map(string)
  description = "Extra tags for every resource."
  default     = {}
}
