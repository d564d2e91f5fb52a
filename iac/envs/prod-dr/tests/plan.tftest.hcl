# The whole prod-dr environment planned against mocked AWS (no account, no network): every module
# the stack wires must plan together, under the names docs/RUNBOOK.md and iac/tools/runbook.sh use.
# What each module plans is asserted in its own tests (iac/modules/*/tests). iac/tools/check.sh runs
# this with placeholders for the Lambda jar and the RDS CA layer, which Terraform hashes at plan time.

mock_provider "aws" {
  mock_data "aws_availability_zones" {
    defaults = { names = ["us-west-2a", "us-west-2b", "us-west-2c"] }
  }
  mock_data "aws_region" {
    defaults = { name = "us-west-2" }
  }
  mock_data "aws_partition" {
    defaults = { partition = "aws" }
  }
  mock_data "aws_caller_identity" {
    defaults = { account_id = "123456789012" }
  }
  # A mock cannot render policy JSON: the documents' statements are not compared.
  mock_data "aws_iam_policy_document" {
    defaults = { json = "{\"mock\":\"policy\"}" }
  }
  mock_data "aws_cloudfront_cache_policy" {
    defaults = { id = "cache-policy-id" }
  }
  mock_data "aws_cloudfront_origin_request_policy" {
    defaults = { id = "origin-request-policy-id" }
  }
  mock_data "aws_cloudfront_response_headers_policy" {
    defaults = { id = "response-headers-policy-id" }
  }
}

mock_provider "aws" {
  alias = "us_east_1"

  # The real provider knows the certificate's validation records at plan time (the DNS records are
  # keyed by them); a mock must be given them, and fixed values for the rest.
  mock_resource "aws_acm_certificate" {
    override_during = plan
    defaults = {
      arn = "arn:aws:acm:us-east-1:123456789012:certificate/mock"
      domain_validation_options = [{
        domain_name           = "habits.example.com"
        resource_record_name  = "_x.habits.example.com."
        resource_record_type  = "CNAME"
        resource_record_value = "_y.acm-validations.aws."
      }]
      id                  = "mock"
      key_algorithm       = "RSA_2048"
      not_after           = ""
      not_before          = ""
      renewal_eligibility = ""
      status              = ""
      type                = "AMAZON_ISSUED"
    }
  }
  mock_resource "aws_acm_certificate_validation" {
    override_during = plan
    defaults = {
      certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/mock"
      id              = "mock"
    }
  }
}

mock_provider "aws" {
  alias = "dr"
}

run "plans_the_prod_dr_environment" {
  command = plan

  assert {
    condition     = output.function_name == "habit-tracker-prod-dr-api" && output.function_alias == "live"
    error_message = "The function must be habit-tracker-prod-dr-api behind the alias live."
  }
  assert {
    condition     = output.backup_vault_name == "habit-tracker-prod-dr-primary" && output.dashboard_name == "habit-tracker-prod-dr"
    error_message = "The backup vault and the dashboard must carry the environment's name."
  }
  assert {
    condition     = output.reminder_function_name == "habit-tracker-prod-dr-reminders"
    error_message = "The reminder tick function must be habit-tracker-prod-dr-reminders (docs/RUNBOOK.md names it)."
  }
}
