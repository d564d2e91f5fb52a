output "cluster_id" {
  description = "Aurora cluster identifier (the DBClusterIdentifier CloudWatch dimension)."
  value       = aws_rds_cluster.this.id
}

output "cluster_arn" {
  description = "Aurora cluster ARN (what AWS Backup protects)."
  value       = aws_rds_cluster.this.arn
}

output "writer_endpoint" {
  description = "Aurora writer endpoint host name."
  value       = aws_rds_cluster.this.endpoint
}

output "reader_endpoint" {
  description = "Aurora reader endpoint host name."
  value       = aws_rds_cluster.this.reader_endpoint
}

output "database_name" {
  description = "Name of the application database."
  value       = var.database_name
}

output "jdbc_url" {
  description = "JDBC URL of the writer, with TLS verification (HABITS_DB_URL)."
  value       = local.jdbc_url
}

output "master_username" {
  description = "Master user name (HABITS_DB_USER)."
  value       = var.master_username
}

output "master_user_secret_arn" {
  description = "ARN of the RDS-managed Secrets Manager secret holding the master user name and password (HABITS_DB_SECRET_ARN)."
  value       = aws_rds_cluster.this.master_user_secret[0].secret_arn
}

output "kms_key_arn" {
  description = "Customer managed key encrypting the database, its secret, the cache and the SecureString parameter."
  value       = aws_kms_key.data.arn
}

output "cache_name" {
  description = "ElastiCache Serverless cache name (the clusterId CloudWatch dimension)."
  value       = aws_elasticache_serverless_cache.this.name
}

output "cache_endpoint" {
  description = "ElastiCache Serverless endpoint as host:port."
  value       = local.cache_endpoint
}

output "cache_max_data_gb" {
  description = "The configured data storage ceiling in GB (for the memory alarm)."
  value       = var.cache_max_data_gb
}

output "cache_max_ecpu_per_second" {
  description = "The configured ECPU/s ceiling (for the processing alarm)."
  value       = var.cache_max_ecpu_per_second
}

output "redis_url" {
  description = "rediss:// URL with the API user's credentials (HABITS_REDIS_URL)."
  value       = local.redis_url
  sensitive   = true
}

output "ssm_parameter_arns" {
  description = "ARNs of the SSM parameters this module writes."
  value       = concat(values(aws_ssm_parameter.string)[*].arn, [aws_ssm_parameter.redis_url.arn])
}

output "vapid_secret_arn" {
  description = "ARN of the Secrets Manager secret holding the VAPID key pair (HABITS_VAPID_SECRET_ARN)."
  value       = aws_secretsmanager_secret.vapid.arn
}
