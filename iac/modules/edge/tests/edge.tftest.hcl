# The edge module planned against mocked AWS: the SPA's security headers.

mock_provider "aws" {
  mock_data "aws_caller_identity" {
    defaults = { account_id = "123456789012" }
  }
  mock_data "aws_iam_policy_document" {
    defaults = { json = "{\"mock\":\"policy\"}" }
  }
  mock_data "aws_cloudfront_cache_policy" {
    defaults = { id = "cache-policy-id" }
  }
  mock_data "aws_cloudfront_origin_request_policy" {
    defaults = { id = "origin-request-policy-id" }
  }
  mock_resource "aws_cloudfront_response_headers_policy" {
    override_during = plan
    defaults        = { id = "spa-headers-policy-id" }
  }
}

mock_provider "aws" {
  alias = "us_east_1"
}

variables {
  name         = "habit-tracker-test"
  api_endpoint = "https://api123.execute-api.us-east-1.amazonaws.com"
}

run "sends_the_spas_content_security_policy" {
  command = plan

  providers = {
    aws           = aws
    aws.us_east_1 = aws.us_east_1
  }

  assert {
    condition     = one(aws_cloudfront_response_headers_policy.spa.security_headers_config[0].content_security_policy[*].content_security_policy) == "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"
    error_message = "The SPA's CSP must be the local server's: default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'."
  }
  assert {
    condition     = length(aws_cloudfront_response_headers_policy.spa.security_headers_config[0].content_type_options) == 1
    error_message = "The SPA's responses must carry X-Content-Type-Options: nosniff."
  }
  assert {
    condition     = one(aws_cloudfront_response_headers_policy.spa.security_headers_config[0].referrer_policy[*].referrer_policy) == "strict-origin-when-cross-origin"
    error_message = "The SPA's responses must carry Referrer-Policy: strict-origin-when-cross-origin."
  }
  assert {
    condition     = one(aws_cloudfront_distribution.this.default_cache_behavior[*].response_headers_policy_id) == "spa-headers-policy-id"
    error_message = "The distribution's SPA behaviour must use that headers policy."
  }
}

run "refuses_a_policy_that_allows_inline_script" {
  command = plan

  providers = {
    aws           = aws
    aws.us_east_1 = aws.us_east_1
  }

  variables {
    content_security_policy = "default-src 'self'; script-src 'self' 'unsafe-inline'"
  }

  expect_failures = [var.content_security_policy]
}
