variable "environment" {
  type        = string
  description = "Environment name (HABITS_ENVIRONMENT): the Environment dimension of the function's EMF metrics, which the alarms select on."
}

variable "name" {
  type        = string
  description = "Prefix for every resource name, e.g. \"habit-tracker-prod\" (the stack module builds it and keeps it short)."
}

variable "function_name" {
  type        = string
  description = "Name of the Lambda function. The observability module creates its log group under this name first."

  validation {
    condition     = can(regex("^[a-zA-Z0-9-_]{1,64}$", var.function_name))
    error_message = "function_name must be 1-64 letters, digits, hyphens or underscores."
  }
}

variable "lambda_jar_path" {
  type        = string
  description = <<-EOT
    The shaded jar Maven builds (./mvnw -pl adapters-lambda -am package). Terraform reads relative
    paths from the working directory, i.e. the environment directory iac/envs/<env>, so the default
    climbs three levels to the repository root. A test in adapters-lambda checks this path against
    the module's artifactId, version and shade classifier.
  EOT
  default     = "../../../adapters-lambda/target/adapters-lambda-0.1.0-SNAPSHOT-lambda.jar"

  validation {
    condition     = endswith(var.lambda_jar_path, ".jar")
    error_message = "lambda_jar_path must point at the shaded .jar file."
  }
}

variable "memory_mb" {
  type        = number
  description = "Function memory in MB; CPU grows with it (1769 MB = one full vCPU)."
  default     = 1024

  validation {
    condition     = var.memory_mb >= 512 && var.memory_mb <= 10240
    error_message = "memory_mb must be between 512 and 10240."
  }
}

variable "timeout_seconds" {
  type        = number
  description = "Function timeout in seconds. API Gateway gives up after 30 s, so it must stay below that; the code's database and cache timeouts are shorter still."
  default     = 10

  validation {
    condition     = var.timeout_seconds >= 3 && var.timeout_seconds <= 29
    error_message = "timeout_seconds must be between 3 and 29 (API Gateway's integration limit is 30 s)."
  }
}

variable "reserved_concurrency" {
  type        = number
  description = "Reserved concurrent executions: a ceiling that also protects Aurora's connection limit (each environment holds up to db_pool_size connections). -1 = unreserved."
  default     = 50

  validation {
    condition     = var.reserved_concurrency == -1 || (var.reserved_concurrency >= 1 && var.reserved_concurrency <= 1000)
    error_message = "reserved_concurrency must be -1 (unreserved) or between 1 and 1000."
  }
}

variable "private_subnet_ids" {
  type        = list(string)
  description = "Private subnets the function's network interfaces live in."

  validation {
    condition     = length(var.private_subnet_ids) >= 2
    error_message = "Give the function at least two private subnets (two AZs)."
  }
}

variable "lambda_security_group_id" {
  type        = string
  description = "Security group of the function (from the network module)."
}

variable "secrets_extension_layer_arn" {
  type        = string
  description = <<-EOT
    ARN of the AWS Parameters and Secrets Lambda Extension layer for arm64 in the function's region.
    The account differs per region; look up the current version in the AWS Secrets Manager guide
    ("AWS Parameters and Secrets Lambda Extension ARNs"), e.g.
    arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:<version>.
  EOT

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:layer:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:[0-9]+$", var.secrets_extension_layer_arn))
    error_message = "secrets_extension_layer_arn must be the arm64 layer: arn:aws:lambda:<region>:<account>:layer:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:<version>."
  }
}

variable "rds_ca_layer_path" {
  type        = string
  description = <<-EOT
    Zip of the Amazon RDS CA bundle (global-bundle.pem from AWS's RDS trust store) as rds-ca.pem,
    built by iac/tools/rds-ca-layer.sh. It is shipped as a layer and so appears in the function at
    /opt/rds-ca.pem, where the JDBC URL's sslrootcert points: sslmode=verify-full needs it, as the
    JVM's own trust store does not hold the RDS CAs. Relative to the environment directory; the
    deploy workflow builds it there (see iac/README.md).
  EOT
  default     = "../../../target/aws/rds-ca-layer.zip"

  validation {
    condition     = endswith(var.rds_ca_layer_path, ".zip")
    error_message = "rds_ca_layer_path must point at the layer's .zip (iac/tools/rds-ca-layer.sh builds it)."
  }
}

variable "snapstart_enabled" {
  type        = bool
  description = <<-EOT
    Snapshot each published version (SnapStart) so cold starts restore instead of initialising.
    Needs a handler that reads the database secret after restore, not during init: a restored
    environment has no AWS_SESSION_TOKEN (its credentials come from the container credentials
    endpoint). The execution role, the network path to Secrets Manager and HABITS_DB_SECRET_ARN are
    the same either way.
  EOT
  default     = false
}

variable "secrets_cache_ttl_seconds" {
  type        = number
  description = "How long the extension caches the database secret; after a rotation the old password can be served this long."
  default     = 300

  validation {
    condition     = var.secrets_cache_ttl_seconds >= 0 && var.secrets_cache_ttl_seconds <= 300
    error_message = "secrets_cache_ttl_seconds must be between 0 and 300 (the extension's maximum)."
  }
}

# --- What the code reads (ARCHITECTURE.md section 6) -------------------------------------------------

variable "db_url" {
  type        = string
  description = "JDBC URL of the Aurora writer (HABITS_DB_URL)."

  validation {
    condition     = startswith(var.db_url, "jdbc:postgresql://")
    error_message = "db_url must be a jdbc:postgresql:// URL."
  }
}

variable "db_user" {
  type        = string
  description = "Database user (HABITS_DB_USER); the password comes from db_secret_arn."
}

variable "db_secret_arn" {
  type        = string
  description = "Secrets Manager secret with the database password (HABITS_DB_SECRET_ARN), read through the extension on localhost:2773."

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:secretsmanager:", var.db_secret_arn))
    error_message = "db_secret_arn must be a Secrets Manager secret ARN."
  }
}

variable "db_secret_kms_key_arn" {
  type        = string
  description = "Customer managed KMS key that encrypts the database and VAPID secrets (the function gets kms:Decrypt through Secrets Manager only)."
}

variable "vapid_secret_arn" {
  type        = string
  description = "Secrets Manager secret holding the VAPID key pair and subject for Web Push (HABITS_VAPID_SECRET_ARN)."
}

variable "db_pool_size" {
  type        = number
  description = "Connections per execution environment (HABITS_DB_POOL_SIZE): one request at a time runs in an environment, so 1, at most 2."
  default     = 1

  validation {
    condition     = var.db_pool_size >= 1 && var.db_pool_size <= 2
    error_message = "db_pool_size must be 1 or 2 in Lambda."
  }
}

variable "redis_url" {
  type        = string
  description = "rediss:// URL of the cache with credentials (HABITS_REDIS_URL)."
  sensitive   = true

  validation {
    condition     = startswith(var.redis_url, "rediss://")
    error_message = "redis_url must use TLS (rediss://): ElastiCache Serverless only accepts TLS."
  }
}

variable "allowed_origins" {
  type        = list(string)
  description = "Origins allowed to send state-changing requests (HABITS_ALLOWED_ORIGINS), e.g. the CloudFront and custom domain origins."

  validation {
    condition     = alltrue([for o in var.allowed_origins : can(regex("^https://[a-z0-9.-]+(:[0-9]+)?$", o))])
    error_message = "Every allowed origin must be https://host[:port] with no path or trailing slash."
  }
}

variable "cookie_secure" {
  type        = bool
  description = "Mark the session cookie Secure (HABITS_COOKIE_SECURE); always true behind CloudFront."
  default     = true
}

variable "java_tool_options" {
  type        = string
  description = <<-EOT
    JVM options (JAVA_TOOL_OPTIONS, read by the JVM, not by our code). sun.net.inetaddr.ttl=10
    makes the JVM re-resolve host names every 10 s so an Aurora failover (a DNS change) is seen
    quickly; note that -Dnetworkaddress.cache.ttl would be ignored: that name is a security
    property, not a system property. Tiered compilation stopped at C1 shortens start-up.
  EOT
  default     = "-Dsun.net.inetaddr.ttl=10 -XX:+TieredCompilation -XX:TieredStopAtLevel=1"
}

# --- Logs and API Gateway ------------------------------------------------------------------------

variable "log_group_name" {
  type        = string
  description = "CloudWatch log group of the function (created, with its retention, by the observability module)."
}

variable "log_group_arn" {
  type        = string
  description = "ARN of log_group_name; the function may write only there."
}

variable "access_log_group_arn" {
  type        = string
  description = "CloudWatch log group ARN for API Gateway access logs (from the observability module)."
}

variable "throttling_rate_limit" {
  type        = number
  description = "Steady-state requests per second API Gateway lets through to the function."
  default     = 200

  validation {
    condition     = var.throttling_rate_limit >= 1 && var.throttling_rate_limit <= 10000
    error_message = "throttling_rate_limit must be between 1 and 10000."
  }
}

variable "throttling_burst_limit" {
  type        = number
  description = "Burst of requests API Gateway accepts above the rate limit."
  default     = 400

  validation {
    condition     = var.throttling_burst_limit >= 1 && var.throttling_burst_limit <= 5000
    error_message = "throttling_burst_limit must be between 1 and 5000."
  }
}

variable "tags" {
  type        = map(string)
  description = "Extra tags for every resource."
  default     = {}
}
