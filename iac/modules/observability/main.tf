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
  # The application's own metrics (CloudWatch Embedded Metric Format lines of RequestLog), per
  # environment: the code must emit this exact dimension set (see the README).
  app_dims = { Service = "api", Environment = var.environment }

  alarm_actions = [aws_sns_topic.alarms.arn]

  cache_data_ceiling_bytes = var.cache_max_data_gb * 1073741824 # GiB
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

# Deploy notifications: the pipeline publishes each promotion (or refusal) and its rollback
# command here (.github/workflows/terraform-environment.yml); the same people are subscribed.
resource "aws_sns_topic" "deploys" {
  name = "${var.name}-deploys"
  tags = var.tags
}

resource "aws_sns_topic_subscription" "deploy_email" {
  for_each = toset(var.alarm_emails)

  topic_arn = aws_sns_topic.deploys.arn
  protocol  = "email"
  endpoint  = each.value
}

# ---------------------------------------------------------------------------------------------
# Alarms. Each key is the alarm's name after "<name>-" and its anchor in docs/RUNBOOK.md.
# watch: the metric, its statistic and period in seconds ("p99" and the like are percentiles).
# fire:  the comparison, the threshold, and how many periods (datapoints) of the last n (of) breach.
# ---------------------------------------------------------------------------------------------

locals {
  comparison_operators = {
    ">"  = "GreaterThanThreshold"
    ">=" = "GreaterThanOrEqualToThreshold"
  }

  alarms = {
    "api-5xx" = {
      about = "The API answers 5xx (function errors, timeouts, or 503 while the database is down)."
      watch = { namespace = "AWS/ApiGateway", metric = "5xx", dimensions = local.api_dims, statistic = "Sum", period = 60 }
      fire  = { when = ">=", threshold = var.api_5xx_per_minute, datapoints = 3, of = 5, missing_data = "notBreaching" }
    }
    "api-latency-p99" = {
      about = "p99 latency of the API is above ${var.api_latency_p99_ms} ms."
      watch = { namespace = "AWS/ApiGateway", metric = "Latency", dimensions = local.api_dims, statistic = "p99", period = 300 }
      fire  = { when = ">", threshold = var.api_latency_p99_ms, datapoints = 2, of = 2, missing_data = "notBreaching" }
    }
    # The application's view (RequestLog's EMF metrics): what the handler answered and how long it
    # took, and the cache failures it met, which API Gateway's metrics cannot tell apart.
    "app-5xx" = {
      about = "The handler answered 5xx (503 while the database is down, 500 on an unhandled error)."
      watch = { namespace = var.app_metrics_namespace, metric = "Count5xx", dimensions = local.app_dims, statistic = "Sum", period = 60 }
      fire  = { when = ">=", threshold = var.api_5xx_per_minute, datapoints = 3, of = 5, missing_data = "notBreaching" }
    }
    "app-latency-p99" = {
      about = "p99 of the handler's own request duration is above ${var.api_latency_p99_ms} ms."
      watch = { namespace = var.app_metrics_namespace, metric = "Latency", dimensions = local.app_dims, statistic = "p99", period = 300 }
      fire  = { when = ">", threshold = var.api_latency_p99_ms, datapoints = 2, of = 2, missing_data = "notBreaching" }
    }
    "app-cache-failures" = {
      about = "Requests met ${var.cache_failures_per_5_minutes} or more cache failures in 5 minutes: the API is serving from PostgreSQL."
      watch = { namespace = var.app_metrics_namespace, metric = "CacheFailures", dimensions = local.app_dims, statistic = "Sum", period = 300 }
      fire  = { when = ">=", threshold = var.cache_failures_per_5_minutes, datapoints = 2, of = 3, missing_data = "notBreaching" }
    }
    "lambda-errors" = {
      about = "The function failed invocations (uncaught exception, timeout, out of memory, failed restore)."
      watch = { namespace = "AWS/Lambda", metric = "Errors", dimensions = local.lambda_dims, statistic = "Sum", period = 60 }
      fire  = { when = ">=", threshold = 1, datapoints = 2, of = 5, missing_data = "notBreaching" }
    }
    "lambda-throttles" = {
      about = "Invocations were throttled: reserved concurrency (or the account limit) is reached."
      watch = { namespace = "AWS/Lambda", metric = "Throttles", dimensions = local.lambda_dims, statistic = "Sum", period = 60 }
      fire  = { when = ">=", threshold = 1, datapoints = 2, of = 5, missing_data = "notBreaching" }
    }
    "aurora-cpu" = {
      about = "Aurora CPU above ${var.aurora_cpu_percent} % for 15 minutes."
      watch = { namespace = "AWS/RDS", metric = "CPUUtilization", dimensions = local.aurora_dims, statistic = "Average", period = 300 }
      fire  = { when = ">", threshold = var.aurora_cpu_percent, datapoints = 3, of = 3, missing_data = "missing" }
    }
    "aurora-connections" = {
      about = "Aurora holds ${var.aurora_max_connections} or more connections."
      watch = { namespace = "AWS/RDS", metric = "DatabaseConnections", dimensions = local.aurora_dims, statistic = "Maximum", period = 300 }
      fire  = { when = ">=", threshold = var.aurora_max_connections, datapoints = 2, of = 2, missing_data = "missing" }
    }
    "aurora-acu" = {
      about = "Aurora runs above 90 % of its max ACU for 15 minutes: it cannot scale further."
      watch = { namespace = "AWS/RDS", metric = "ACUUtilization", dimensions = local.aurora_dims, statistic = "Average", period = 300 }
      fire  = { when = ">", threshold = 90, datapoints = 3, of = 3, missing_data = "missing" }
    }
    # ElastiCache Serverless has no CPU or memory of its own to watch; its equivalents are the
    # processing units consumed against the ECPU/s ceiling (cache-processing, below) and the bytes
    # stored against the data ceiling. Past either ceiling it throttles or evicts, and the API falls
    # back to PostgreSQL.
    "cache-memory" = {
      about = "The cache holds over 80 % of its data ceiling (its memory)."
      watch = { namespace = "AWS/ElastiCache", metric = "BytesUsedForCache", dimensions = local.cache_dims, statistic = "Maximum", period = 300 }
      fire  = { when = ">", threshold = local.cache_data_ceiling_bytes * 0.8, datapoints = 2, of = 2, missing_data = "notBreaching" }
    }
    "cache-throttled" = {
      about = "The cache throttled commands (a usage ceiling was hit)."
      watch = { namespace = "AWS/ElastiCache", metric = "ThrottledCmds", dimensions = local.cache_dims, statistic = "Sum", period = 60 }
      fire  = { when = ">=", threshold = 1, datapoints = 2, of = 5, missing_data = "notBreaching" }
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "this" {
  for_each = local.alarms

  alarm_name          = "${var.name}-${each.key}"
  alarm_description   = "${each.value.about} RUNBOOK.md#${each.key}"
  namespace           = each.value.watch.namespace
  metric_name         = each.value.watch.metric
  dimensions          = each.value.watch.dimensions
  statistic           = startswith(each.value.watch.statistic, "p") ? null : each.value.watch.statistic
  extended_statistic  = startswith(each.value.watch.statistic, "p") ? each.value.watch.statistic : null
  period              = each.value.watch.period
  evaluation_periods  = each.value.fire.of
  datapoints_to_alarm = each.value.fire.datapoints
  threshold           = each.value.fire.threshold
  comparison_operator = local.comparison_operators[each.value.fire.when]
  treat_missing_data  = each.value.fire.missing_data
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
  tags                = var.tags
}

# The ECPU/s ceiling is a rate, the metric a sum per minute: this alarm divides by 60 in a metric
# math expression, so it has metric queries instead of one metric and stays apart from the table.
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
