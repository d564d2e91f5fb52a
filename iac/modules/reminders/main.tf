# Reminders: a second Lambda function from the same jar, ReminderTickHandler, invoked every minute by
# an EventBridge Scheduler schedule; each tick sends the Web Push reminders due by then
# (SendDueRemindersUseCase). It runs the API function's configuration (the same environment, layers,
# subnets and security group, so the same database, secrets and cache), without API Gateway. Two
# ticks at once would be safe (each reminder is claimed in the database before it is sent); the
# reserved concurrency only keeps a slow minute from piling up connections.

data "aws_region" "current" {}
data "aws_partition" "current" {}

locals {
  log_group_name = "/aws/lambda/${var.function_name}"
}

resource "aws_cloudwatch_log_group" "this" {
  name              = local.log_group_name
  retention_in_days = var.log_retention_days
  tags              = var.tags
}

# ---------------------------------------------------------------------------------------------
# The function's role: its own log group, its VPC network interfaces, the database and VAPID
# secrets (decrypted only through Secrets Manager). Nothing else: it is invoked, it invokes nothing.
# ---------------------------------------------------------------------------------------------

data "aws_iam_policy_document" "assume_lambda" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "function" {
  name               = "${var.name}-reminders-role"
  description        = "Execution role of the ${var.function_name} function"
  assume_role_policy = data.aws_iam_policy_document.assume_lambda.json
  tags               = var.tags
}

data "aws_iam_policy_document" "function" {
  statement {
    sid       = "WriteOwnLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.this.arn}:*"]
  }

  statement {
    sid       = "ReadDatabaseAndVapidSecrets"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = [var.db_secret_arn, var.vapid_secret_arn]
  }

  statement {
    sid       = "DecryptSecretsThroughSecretsManager"
    actions   = ["kms:Decrypt"]
    resources = [var.secrets_kms_key_arn]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["secretsmanager.${data.aws_region.current.name}.amazonaws.com"]
    }
  }
}

resource "aws_iam_role_policy" "function" {
  name   = "habit-tracker-reminders"
  role   = aws_iam_role.function.id
  policy = data.aws_iam_policy_document.function.json
}

resource "aws_iam_role_policy_attachment" "vpc_enis" {
  role       = aws_iam_role.function.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AWSLambdaENIManagementAccess"
}

# ---------------------------------------------------------------------------------------------
# The function. No SnapStart and no alias: a tick every minute keeps it warm, and the schedule
# invokes the latest code, deployed with the API's (the same jar).
# ---------------------------------------------------------------------------------------------

resource "aws_lambda_function" "tick" {
  function_name = var.function_name
  description   = "Habit Tracker reminder tick: sends the Web Push reminders due (adapters-lambda)"
  role          = aws_iam_role.function.arn

  runtime       = "java21"
  architectures = ["arm64"]
  handler       = "org.habittracker.adapters.lambda.ReminderTickHandler::handleRequest"

  filename         = var.lambda_jar_path
  source_code_hash = filebase64sha256(var.lambda_jar_path)

  memory_size                    = var.memory_mb
  timeout                        = var.timeout_seconds
  reserved_concurrent_executions = var.reserved_concurrency

  layers = var.layer_arns

  vpc_config {
    subnet_ids         = var.private_subnet_ids
    security_group_ids = [var.lambda_security_group_id]
  }

  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.this.name
  }

  # The API function's environment as it is (HabitsConfig reads the same names in both).
  environment {
    variables = var.environment_variables
  }

  tags = var.tags

  depends_on = [
    aws_iam_role_policy.function,
    aws_iam_role_policy_attachment.vpc_enis,
  ]
}

# ---------------------------------------------------------------------------------------------
# The schedule: every minute, on time (no flexible window). A tick that fails is retried once
# within the minute and then dropped, not queued: the next tick sends whatever is due by then, so a
# dead-letter queue would only hold ticks nobody needs. Failures show in the error alarm below.
# ---------------------------------------------------------------------------------------------

data "aws_iam_policy_document" "assume_scheduler" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["scheduler.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "scheduler" {
  name               = "${var.name}-reminders-schedule"
  description        = "EventBridge Scheduler's role for the ${var.function_name} schedule: invoke that function only"
  assume_role_policy = data.aws_iam_policy_document.assume_scheduler.json
  tags               = var.tags
}

data "aws_iam_policy_document" "scheduler" {
  statement {
    sid       = "InvokeTheTickFunction"
    actions   = ["lambda:InvokeFunction"]
    resources = [aws_lambda_function.tick.arn]
  }
}

resource "aws_iam_role_policy" "scheduler" {
  name   = "invoke-reminder-tick"
  role   = aws_iam_role.scheduler.id
  policy = data.aws_iam_policy_document.scheduler.json
}

resource "aws_scheduler_schedule" "tick" {
  name        = "${var.name}-reminder-tick"
  description = "Invokes ${var.function_name} every minute: sends the reminders due"
  state       = var.schedule_enabled ? "ENABLED" : "DISABLED"

  schedule_expression          = "rate(1 minute)"
  schedule_expression_timezone = "UTC"

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = aws_lambda_function.tick.arn
    role_arn = aws_iam_role.scheduler.arn
    # The handler takes the scheduled event's JSON and reads only its time.
    input = jsonencode({ source = "habit-tracker.scheduler", "detail-type" = "Reminder tick", time = "<aws.scheduler.scheduled-time>" })

    retry_policy {
      maximum_retry_attempts       = 1
      maximum_event_age_in_seconds = 60
    }
  }
}

# ---------------------------------------------------------------------------------------------
# Error alarm: a tick that fails outright (an exception, a timeout) two minutes in five.
# ---------------------------------------------------------------------------------------------

resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "${var.name}-reminder-errors"
  alarm_description   = "Reminder ticks failed: reminders are not being sent. RUNBOOK.md#reminder-errors"
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  dimensions          = { FunctionName = aws_lambda_function.tick.function_name }
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 5
  datapoints_to_alarm = 2
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
  ok_actions          = [var.alarm_topic_arn]
  tags                = var.tags
}
