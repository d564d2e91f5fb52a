output "function_name" {
  description = "Name of the reminder tick function."
  value       = aws_lambda_function.tick.function_name
}

output "schedule_name" {
  description = "Name of the every-minute EventBridge Scheduler schedule."
  value       = aws_scheduler_schedule.tick.name
}

output "alarm_name" {
  description = "The tick function's error alarm (docs/RUNBOOK.md#reminder-errors)."
  value       = aws_cloudwatch_metric_alarm.errors.alarm_name
}
