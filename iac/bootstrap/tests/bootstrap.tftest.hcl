# The bootstrap planned against mocked AWS: a state bucket that keeps history, encrypts with its
# own key, and roles for each environment.

mock_provider "aws" {
  mock_data "aws_caller_identity" {
    defaults = { account_id = "123456789012" }
  }
  mock_data "aws_partition" {
    defaults = { partition = "aws" }
  }
  mock_data "aws_iam_policy_document" {
    defaults = { json = "{\"mock\":\"policy\"}" }
  }
  mock_resource "aws_kms_key" {
    override_during = plan
    defaults        = { arn = "arn:aws:kms:us-east-2:123456789012:key/state", key_id = "state" }
  }
}

variables {
  github_repository = "example/habit-tracker"
}

run "keeps_the_state_versioned_and_encrypted_with_its_own_key" {
  command = plan

  assert {
    condition     = aws_s3_bucket.state.bucket == "habit-tracker-terraform-state-123456789012" && one(aws_s3_bucket_versioning.state.versioning_configuration[*].status) == "Enabled"
    error_message = "The state bucket must be versioned."
  }
  assert {
    condition     = one(one(aws_s3_bucket_server_side_encryption_configuration.state.rule[*].apply_server_side_encryption_by_default)[*].kms_master_key_id) == "arn:aws:kms:us-east-2:123456789012:key/state"
    error_message = "The state must be encrypted with the bootstrap's key."
  }
  assert {
    condition     = aws_s3_bucket_public_access_block.state.block_public_policy && aws_s3_bucket_public_access_block.state.restrict_public_buckets
    error_message = "The state bucket must never be public."
  }
}

run "gives_every_environment_a_plan_a_deploy_and_an_operator_role" {
  command = plan

  assert {
    condition     = keys(module.pipeline_roles) == ["prod", "staging"] && keys(module.operator_role) == ["prod", "staging"]
    error_message = "Both environments must get their pipeline roles and their operator role."
  }
}
