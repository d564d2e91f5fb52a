# The reminders module planned against mocked AWS: what the tick function runs and may do, and how
# the schedule invokes it. `terraform test` in this directory (or iac/tools/check.sh).

mock_provider "aws" {
  mock_data "aws_region" {
    defaults = { name = "us-east-1" }
  }
  mock_data "aws_partition" {
    defaults = { partition = "aws" }
  }
  mock_data "aws_iam_policy_document" {
    defaults = { json = "{\"mock\":\"policy\"}" }
  }
}

variables {
  name            = "habit-tracker-test"
  function_name   = "habit-tracker-test-reminders"
  lambda_jar_path = "tests/fixtures/function.jar"
  environment_variables = {
    HABITS_DB_URL           = "jdbc:postgresql://db.example:5432/habits"
    HABITS_DB_SECRET_ARN    = "arn:aws:secretsmanager:us-east-1:123456789012:secret:rds-db-abc"
    HABITS_VAPID_SECRET_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:habit-tracker-test-vapid-xyz"
  }
  layer_arns               = ["arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:12", "arn:aws:lambda:us-east-1:123456789012:layer:habit-tracker-test-rds-ca:1"]
  private_subnet_ids       = ["subnet-a", "subnet-b"]
  lambda_security_group_id = "sg-lambda"
  db_secret_arn            = "arn:aws:secretsmanager:us-east-1:123456789012:secret:rds-db-abc"
  vapid_secret_arn         = "arn:aws:secretsmanager:us-east-1:123456789012:secret:habit-tracker-test-vapid-xyz"
  secrets_kms_key_arn      = "arn:aws:kms:us-east-1:123456789012:key/data"
  log_retention_days       = 30
  alarm_topic_arn          = "arn:aws:sns:us-east-1:123456789012:habit-tracker-test-alarms"
}

run "runs_the_tick_handler_from_the_apis_jar_with_the_apis_configuration" {
  command = plan

  assert {
    condition     = aws_lambda_function.tick.handler == "org.habittracker.adapters.lambda.ReminderTickHandler::handleRequest"
    error_message = "The handler must be ReminderTickHandler::handleRequest."
  }
  assert {
    condition     = aws_lambda_function.tick.runtime == "java21" && aws_lambda_function.tick.architectures == tolist(["arm64"])
    error_message = "The tick function must run java21 on arm64, as the API function does."
  }
  assert {
    condition     = aws_lambda_function.tick.environment[0].variables == var.environment_variables
    error_message = "The tick function must run the API function's environment as it is."
  }
  assert {
    condition     = aws_lambda_function.tick.layers == var.layer_arns
    error_message = "The tick function must carry the API function's layers (the secrets extension, the RDS CA bundle)."
  }
  assert {
    condition     = aws_lambda_function.tick.vpc_config[0].security_group_ids == toset(["sg-lambda"]) && aws_lambda_function.tick.vpc_config[0].subnet_ids == toset(["subnet-a", "subnet-b"])
    error_message = "The tick function must sit in the API function's subnets and security group."
  }
  assert {
    condition     = aws_lambda_function.tick.reserved_concurrent_executions == 1 && aws_lambda_function.tick.timeout < 60
    error_message = "One tick at a time by default, each done within its minute."
  }
  assert {
    condition     = aws_lambda_function.tick.logging_config[0].log_group == "/aws/lambda/habit-tracker-test-reminders" && aws_cloudwatch_log_group.this.retention_in_days == 30
    error_message = "The tick function must log to a log group of its own, with a retention."
  }
}

run "reads_only_the_two_secrets" {
  command = plan

  assert {
    condition = [
      for s in data.aws_iam_policy_document.function.statement : s.resources if contains(s.actions, "secretsmanager:GetSecretValue")
    ] == [toset([var.db_secret_arn, var.vapid_secret_arn])]
    error_message = "The tick function may read the database and VAPID secrets and nothing else."
  }
  assert {
    condition = anytrue([
      for s in data.aws_iam_policy_document.function.statement : s.actions == toset(["kms:Decrypt"]) && anytrue([
        for c in s.condition : c.variable == "kms:ViaService" && c.values == tolist(["secretsmanager.us-east-1.amazonaws.com"])
      ])
    ])
    error_message = "The tick function may decrypt the secrets' key only through Secrets Manager."
  }
}

run "invokes_the_function_every_minute_on_time" {
  command = plan

  assert {
    condition     = aws_scheduler_schedule.tick.schedule_expression == "rate(1 minute)" && aws_scheduler_schedule.tick.state == "ENABLED"
    error_message = "The schedule must run every minute."
  }
  assert {
    condition     = aws_scheduler_schedule.tick.flexible_time_window[0].mode == "OFF"
    error_message = "The schedule must not be flexible: a reminder is due at its minute."
  }
  assert {
    condition     = aws_scheduler_schedule.tick.target[0].retry_policy[0].maximum_retry_attempts <= 1 && aws_scheduler_schedule.tick.target[0].retry_policy[0].maximum_event_age_in_seconds == 60
    error_message = "A failed tick is retried at most once, within its minute (the next tick catches up)."
  }
  assert {
    condition     = jsondecode(aws_scheduler_schedule.tick.target[0].input).time == "<aws.scheduler.scheduled-time>"
    error_message = "The tick's event must carry the scheduled time."
  }
}

run "lets_the_scheduler_invoke_this_function_and_nothing_else" {
  command = plan

  assert {
    condition = alltrue([
      for s in data.aws_iam_policy_document.scheduler.statement : s.actions == toset(["lambda:InvokeFunction"])
    ]) && length(data.aws_iam_policy_document.scheduler.statement) == 1
    error_message = "The scheduler's role may only invoke the tick function."
  }
  assert {
    condition     = aws_iam_role.scheduler.name == "habit-tracker-test-reminders-schedule" && aws_iam_role.function.name == "habit-tracker-test-reminders-role"
    error_message = "The roles must carry the names the deploy role may manage (pipeline-roles' environment_roles)."
  }
}

run "pauses_without_removing_anything" {
  command = plan

  variables {
    schedule_enabled = false
  }

  assert {
    condition     = aws_scheduler_schedule.tick.state == "DISABLED"
    error_message = "schedule_enabled = false must disable the schedule."
  }
}

run "alarms_on_failed_ticks" {
  command = plan

  assert {
    condition     = aws_cloudwatch_metric_alarm.errors.metric_name == "Errors" && aws_cloudwatch_metric_alarm.errors.dimensions == tomap({ FunctionName = "habit-tracker-test-reminders" })
    error_message = "The alarm must watch the tick function's Errors."
  }
  assert {
    condition     = endswith(aws_cloudwatch_metric_alarm.errors.alarm_description, "RUNBOOK.md#reminder-errors") && aws_cloudwatch_metric_alarm.errors.alarm_actions == toset([var.alarm_topic_arn])
    error_message = "The alarm must notify the alarm topic and point at its runbook entry."
  }
}

run "refuses_more_than_two_ticks_at_once" {
  command = plan

  variables {
    reserved_concurrency = 5
  }

  expect_failures = [var.reserved_concurrency]
}
