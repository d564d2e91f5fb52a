output "role_arn" {
  description = "The operator role (aws sts assume-role --serial-number <MFA device> --token-code <code>)."
  value       = aws_iam_role.operator.arn
}
