# The observability module planned against mocked AWS: every alarm notifies the alarm topic, and the
# application's own metrics are watched per environment.

mock_provider "aws" {
  mock_data "aws_region" {
    defaults = { name = "us-east-1" }
  }
  mock_resource "aws_sns_topic" {
    override_during = plan
    defaults        = { arn = "arn:aws:sns:us-east-1:123456789012:topic" }
  }
}

variables {
  name                      = "habit-tracker-test"
  environment               = "test"
  function_name             = "habit-tracker-test-api"
  api_id                    = "api123"
  db_cluster_id             = "habit-tracker-test-aurora"
  cache_name                = "habit-tracker-test-cache"
  cache_max_data_gb         = 1
  cache_max_ecpu_per_second = 5000
  alarm_emails              = ["oncall@example.com"]
}

run "wires_every_alarm_to_the_alarm_topic" {
  command = plan

  assert {
    condition = alltrue([
      for alarm in concat(values(aws_cloudwatch_metric_alarm.this), [aws_cloudwatch_metric_alarm.cache_processing]) :
      alarm.alarm_actions == toset([aws_sns_topic.alarms.arn]) && alarm.ok_actions == toset([aws_sns_topic.alarms.arn])
    ])
    error_message = "Every alarm must notify the alarm topic when it fires and when it clears."
  }
  assert {
    condition     = aws_sns_topic_subscription.email["oncall@example.com"].topic_arn == aws_sns_topic.alarms.arn
    error_message = "alarm_emails must be subscribed to the alarm topic."
  }
  assert {
    condition     = alltrue([for key, alarm in aws_cloudwatch_metric_alarm.this : endswith(alarm.alarm_description, "RUNBOOK.md#${key}")])
    error_message = "Every alarm must point at its entry in docs/RUNBOOK.md."
  }
}

run "watches_the_applications_own_metrics_per_environment" {
  command = plan

  assert {
    condition = alltrue([
      for key in ["app-5xx", "app-latency-p99", "app-cache-failures"] :
      aws_cloudwatch_metric_alarm.this[key].namespace == "HabitTracker" && aws_cloudwatch_metric_alarm.this[key].dimensions == tomap({ Service = "api", Environment = "test" })
    ])
    error_message = "The app-* alarms must watch namespace HabitTracker with the dimensions Service=api and Environment=<environment>."
  }
  assert {
    condition = (aws_cloudwatch_metric_alarm.this["app-5xx"].metric_name == "Count5xx"
      && aws_cloudwatch_metric_alarm.this["app-latency-p99"].metric_name == "Latency"
      && aws_cloudwatch_metric_alarm.this["app-latency-p99"].extended_statistic == "p99"
    && aws_cloudwatch_metric_alarm.this["app-cache-failures"].metric_name == "CacheFailures")
    error_message = "The app-* alarms must watch RequestLog's Count5xx, Latency (p99) and CacheFailures."
  }
}

run "gives_deploys_a_topic_of_their_own" {
  command = plan

  assert {
    condition     = aws_sns_topic.deploys.name == "habit-tracker-test-deploys" && aws_sns_topic_subscription.deploy_email["oncall@example.com"].topic_arn == aws_sns_topic.deploys.arn
    error_message = "Deploy notifications go to <name>-deploys, with the alarm e-mails subscribed."
  }
}
