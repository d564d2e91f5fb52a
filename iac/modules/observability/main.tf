# Observability: log groups with a retention, one dashboard, and alarms to one SNS topic. Every
# alarm here has an entry in docs/RUNBOOK.md saying what it means and what to do.

data "aws_region" "current" {}

locals {
  region      = data.aws_region.current.name
  api_dims    = { ApiId = var.api_id, Stage = var.api_stage_name }
  lambda_dims = { FunctionName = var.function_name }
  aurora_dims = { DBClusterIdentifier = var.db_cluster_id }
  # Serverless caches report under the clusterId dimension (the cache name).
  cache_dims = { clusterId = var.cache_name }

  alarm_actions = [aws_sns_topic.alarms.arn]
}

# ---------------------------------------------------------------------------------------------
# Log groups. Created before the function and the stage, so AWS does not create them itself
# with "never expire".
# ---------------------------------------------------------------------------------------------

resource "aws_cloudwatch_log_group" "lambda" {
  name              = "/aws/lambda/${var.function_name}"
  retention_in_days = var.log_retention_days
  tags              = var.tags
}

resource "aws_cloudwatch_log_group" "api_access" {
  name              = "/aws/apigateway/${var.name}/access"
  retention_in_days = var.log_retention_days
  tags              = var.tags
}

# ---------------------------------------------------------------------------------------------
# Alarm topic
# ---------------------------------------------------------------------------------------------

resource "aws_sns_topic" "alarms" {
  name = "${var.name}-alarms"
  tags = var.tags
}

resource "aws_sns_topic_subscription" "email" {
  for_each = toset(var.alarm_emails)

  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = each.value
}

# ---------------------------------------------------------------------------------------------
# API Gateway
# ---------------------------------------------------------------------------------------------

resource "aws_cloudwatch_metric_alarm" "api_5xx" {
  alarm_name          = "${var.name}-api-5xx"
  alarm_description   = "The API answers 5xx (function errors, timeouts, or 503 while the database is down). RUNBOOK.md#api-5xx"
  namespace           = "AWS/ApiGateway"
  metric_name         = "5xx"
  dimensions          = local.api_dims
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 5
  datapoints_to_alarm = 3
  threshold           = var.api_5xx_per_minute
  comparison_operator = "GreaterThanOrEqualToThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
  tags                = var.tags
}

resource "aws_cloudwatch_metric_alarm" "api_latency_p99" {
  alarm_name          = "${var.name}-api-latency-p99"
  alarm_description   = "p99 latency of the API is above ${var.api_latency_p99_ms} ms. RUNBOOK.md#api-latency-p99"
  namespace           = "AWS/ApiGateway"
  metric_name         = "Latency"
  dimensions          = local.api_dims
  extended_statistic  = "p99"
  period              = 300
  evaluation_periods  = 2
  datapoints_to_alarm = 2
  threshold           = var.api_latency_p99_ms
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
  tags                = var.tags
}

# ---------------------------------------------------------------------------------------------
# Lambda
# ---------------------------------------------------------------------------------------------

resource "aws_cloudwatch_metric_alarm" "lambda_errors" {
  alarm_name          = "${var.name}-lambda-errors"
  alarm_description   = "The function failed invocations (uncaught exception, timeout, out of memory, failed restore). RUNBOOK.md#lambda-errors"
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  dimensions          = local.lambda_dims
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 5
  datapoints_to_alarm = 2
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
  tags                = var.tags
}

resource "aws_cloudwatch_metric_alarm" "lambda_throttles" {
  alarm_name          = "${var.name}-lambda-throttles"
  alarm_description   = "Invocations were throttled: reserved concurrency (or the account limit) is reached. RUNBOOK.md#lambda-throttles"
  namespace           = "AWS/Lambda"
  metric_name         = "Throttles"
  dimensions          = local.lambda_dims
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 5
  datapoints_to_alarm = 2
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
  tags                = var.tags
}

# ---------------------------------------------------------------------------------------------
# Aurora
# ---------------------------------------------------------------------------------------------

resource "aws_cloudwatch_metric_alarm" "aurora_cpu" {
  alarm_name          = "${var.name}-aurora-cpu"
  alarm_description   = "Aurora CPU above ${var.aurora_cpu_percent} % for 15 minutes. RUNBOOK.md#aurora-cpu"
  namespace           = "AWS/RDS"
  metric_name         = "CPUUtilization"
  dimensions          = local.aurora_dims
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  datapoints_to_alarm = 3
  threshold           = var.aurora_cpu_percent
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "missing"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
  tags                = var.tags
}

resource "aws_cloudwatch_metric_alarm" "aurora_connections" {
  alarm_name          = "${var.name}-aurora-connections"
  alarm_description   = "Aurora holds ${var.aurora_max_connections} or more connections. RUNBOOK.md#aurora-connections"
  namespace           = "AWS/RDS"
  metric_name         = "DatabaseConnections"
  dimensions          = local.aurora_dims
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 2
  datapoints_to_alarm = 2
  threshold           = var.aurora_max_connections
  comparison_operator = "GreaterThanOrEqualToThreshold"
  treat_missing_data  = "missing"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
  tags                = var.tags
}

resource "aws_cloudwatch_metric_alarm" "aurora_acu" {
  alarm_name          = "${var.name}-aurora-acu"
  alarm_description   = "Aurora runs above 90 % of its max ACU for 15 minutes: it cannot scale further. RUNBOOK.md#aurora-acu"
  namespace           = "AWS/RDS"
  metric_name         = "ACUUtilization"
  dimensions          = local.aurora_dims
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  datapoints_to_alarm = 3
  threshold           = 90
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "missing"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
  tags                = var.tags
}

# ---------------------------------------------------------------------------------------------
# ElastiCache Serverless. It has no CPU or memory of its own to watch; its equivalents are the
# processing units consumed against the ECPU/s ceiling, and the bytes stored against the data
# ceiling. Past either ceiling it throttles or evicts, and the API falls back to PostgreSQL.
# ---------------------------------------------------------------------------------------------

resource "aws_cloudwatch_metric_alarm" "cache_processing" {
  alarm_name          = "${var.name}-cache-processing"
  alarm_description   = "The cache uses over 80 % of its ECPU/s ceiling (its CPU). RUNBOOK.md#cache-processing"
  evaluation_periods  = 5
  datapoints_to_alarm = 3
  threshold           = var.cache_max_ecpu_per_second * 0.8
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
  tags                = var.tags

  metric_query {
    id          = "ecpu_per_second"
    expression  = "ecpu / 60"
    label       = "ECPU per second"
    return_data = true
  }

  metric_query {
    id = "ecpu"

    metric {
      namespace   = "AWS/ElastiCache"
      metric_name = "ElastiCacheProcessingUnits"
      dimensions  = local.cache_dims
      stat        = "Sum"
      period      = 60
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "cache_memory" {
  alarm_name          = "${var.name}-cache-memory"
  alarm_description   = "The cache holds over 80 % of its data ceiling (its memory). RUNBOOK.md#cache-memory"
  namespace           = "AWS/ElastiCache"
  metric_name         = "BytesUsedForCache"
  dimensions          = local.cache_dims
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 2
  datapoints_to_alarm = 2
  threshold           = var.cache_max_data_gb * 0.8 * 1073741824
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
  tags                = var.tags
}

resource "aws_cloudwatch_metric_alarm" "cache_throttled" {
  alarm_name          = "${var.name}-cache-throttled"
  alarm_description   = "The cache throttled commands (a usage ceiling was hit). RUNBOOK.md#cache-throttled"
  namespace           = "AWS/ElastiCache"
  metric_name         = "ThrottledCmds"
  dimensions          = local.cache_dims
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 5
  datapoints_to_alarm = 2
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
  tags                = var.tags
}

# ---------------------------------------------------------------------------------------------
# Dashboard
# ---------------------------------------------------------------------------------------------

locals {
  widgets = [
    {
      type = "metric", x = 0, y = 0, width = 8, height = 6
      properties = {
        title  = "API requests and errors"
        region = local.region
        stat   = "Sum"
        period = 60
        metrics = [
          ["AWS/ApiGateway", "Count", "ApiId", var.api_id, "Stage", var.api_stage_name],
          ["AWS/ApiGateway", "4xx", "ApiId", var.api_id, "Stage", var.api_stage_name],
          ["AWS/ApiGateway", "5xx", "ApiId", var.api_id, "Stage", var.api_stage_name],
        ]
      }
    },
    {
      type = "metric", x = 8, y = 0, width = 8, height = 6
      properties = {
        title  = "API latency (ms)"
        region = local.region
        period = 60
        metrics = [
          ["AWS/ApiGateway", "Latency", "ApiId", var.api_id, "Stage", var.api_stage_name, { stat = "p50" }],
          ["AWS/ApiGateway", "Latency", "ApiId", var.api_id, "Stage", var.api_stage_name, { stat = "p99" }],
          ["AWS/ApiGateway", "IntegrationLatency", "ApiId", var.api_id, "Stage", var.api_stage_name, { stat = "p99" }],
        ]
      }
    },
    {
      type = "metric", x = 16, y = 0, width = 8, height = 6
      properties = {
        title  = "Lambda"
        region = local.region
        period = 60
        metrics = [
          ["AWS/Lambda", "Invocations", "FunctionName", var.function_name, { stat = "Sum" }],
          ["AWS/Lambda", "Errors", "FunctionName", var.function_name, { stat = "Sum" }],
          ["AWS/Lambda", "Throttles", "FunctionName", var.function_name, { stat = "Sum" }],
          ["AWS/Lambda", "ConcurrentExecutions", "FunctionName", var.function_name, { stat = "Maximum" }],
        ]
      }
    },
    {
      type = "metric", x = 0, y = 6, width = 8, height = 6
      properties = {
        title  = "Lambda duration (ms)"
        region = local.region
        period = 60
        metrics = [
          ["AWS/Lambda", "Duration", "FunctionName", var.function_name, { stat = "p50" }],
          ["AWS/Lambda", "Duration", "FunctionName", var.function_name, { stat = "p99" }],
        ]
      }
    },
    {
      type = "metric", x = 8, y = 6, width = 8, height = 6
      properties = {
        title  = "Aurora"
        region = local.region
        period = 300
        metrics = [
          ["AWS/RDS", "CPUUtilization", "DBClusterIdentifier", var.db_cluster_id, { stat = "Average" }],
          ["AWS/RDS", "ACUUtilization", "DBClusterIdentifier", var.db_cluster_id, { stat = "Average" }],
          ["AWS/RDS", "ServerlessDatabaseCapacity", "DBClusterIdentifier", var.db_cluster_id, { stat = "Average", yAxis = "right" }],
          ["AWS/RDS", "DatabaseConnections", "DBClusterIdentifier", var.db_cluster_id, { stat = "Maximum", yAxis = "right" }],
        ]
      }
    },
    {
      type = "metric", x = 16, y = 6, width = 8, height = 6
      properties = {
        title  = "Cache"
        region = local.region
        period = 60
        metrics = [
          ["AWS/ElastiCache", "ElastiCacheProcessingUnits", "clusterId", var.cache_name, { stat = "Sum" }],
          ["AWS/ElastiCache", "ThrottledCmds", "clusterId", var.cache_name, { stat = "Sum" }],
          ["AWS/ElastiCache", "CacheHitRate", "clusterId", var.cache_name, { stat = "Average", yAxis = "right" }],
          ["AWS/ElastiCache", "BytesUsedForCache", "clusterId", var.cache_name, { stat = "Maximum", yAxis = "right" }],
        ]
      }
    },
    {
      type = "log", x = 0, y = 12, width = 24, height = 6
      properties = {
        title  = "Slowest API requests (access log)"
        region = local.region
        query  = "SOURCE '${aws_cloudwatch_log_group.api_access.name}' | fields @timestamp, method, path, status, responseLatency, requestId | sort responseLatency desc | limit 20"
        view   = "table"
      }
    },
  ]
}

resource "aws_cloudwatch_dashboard" "this" {
  dashboard_name = var.name
  dashboard_body = jsonencode({ widgets = local.widgets })
}
