# The compute module planned against mocked AWS: what the function runs, how SnapStart is switched,
# what it may read, and what API Gateway sends it. `terraform test` in this directory (or
# iac/tools/check.sh, which .ci/run calls).

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
  environment                 = "test"
  name                        = "habit-tracker-test"
  function_name               = "habit-tracker-test-api"
  lambda_jar_path             = "tests/fixtures/function.jar"
  rds_ca_layer_path           = "tests/fixtures/rds-ca-layer.zip"
  private_subnet_ids          = ["subnet-a", "subnet-b"]
  lambda_security_group_id    = "sg-lambda"
  secrets_extension_layer_arn = "arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:12"
  db_url                      = "jdbc:postgresql://db.example:5432/habits?sslmode=verify-full&sslrootcert=/opt/rds-ca.pem"
  db_user                     = "habits_admin"
  db_secret_arn               = "arn:aws:secretsmanager:us-east-1:123456789012:secret:rds-db-abc"
  db_secret_kms_key_arn       = "arn:aws:kms:us-east-1:123456789012:key/data"
  vapid_secret_arn            = "arn:aws:secretsmanager:us-east-1:123456789012:secret:habit-tracker-test-vapid-xyz"
  redis_url                   = "rediss://habits:secret@cache.example:6379"
  allowed_origins             = ["https://d111.cloudfront.net", "https://habits.example.com"]
  log_group_name              = "/aws/lambda/habit-tracker-test-api"
  log_group_arn               = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/habit-tracker-test-api"
  access_log_group_arn        = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/apigateway/habit-tracker-test/access"
}

run "runs_the_handler_on_java21_arm64" {
  command = plan

  assert {
    condition     = aws_lambda_function.api.runtime == "java21" && aws_lambda_function.api.architectures == tolist(["arm64"])
    error_message = "The function must run java21 on arm64 (the build's release and the extension layer's architecture)."
  }
  assert {
    condition     = aws_lambda_function.api.handler == "org.habittracker.adapters.lambda.ApiGatewayHandler::handleRequest"
    error_message = "The handler must be ApiGatewayHandler::handleRequest."
  }
  assert {
    condition     = aws_lambda_function.api.publish
    error_message = "Every change must publish a version: the alias live moves to it after a health check."
  }
}

run "leaves_snapstart_off_by_default" {
  command = plan

  assert {
    condition     = length(aws_lambda_function.api.snap_start) == 0
    error_message = "SnapStart must stay off unless snapstart_enabled is set."
  }
}

run "snapshots_published_versions_when_snapstart_is_on" {
  command = plan

  variables {
    snapstart_enabled = true
  }

  assert {
    condition     = one(aws_lambda_function.api.snap_start[*].apply_on) == "PublishedVersions"
    error_message = "With snapstart_enabled, SnapStart must apply to published versions."
  }
  assert {
    condition     = aws_lambda_function.api.environment[0].variables["HABITS_DB_SECRET_ARN"] == var.db_secret_arn
    error_message = "With SnapStart the function still finds the database password through HABITS_DB_SECRET_ARN."
  }
}

run "reads_the_password_from_the_secret_only" {
  command = plan

  assert {
    condition     = !contains(keys(aws_lambda_function.api.environment[0].variables), "HABITS_DB_PASSWORD")
    error_message = "No plain database password may sit in the function's configuration."
  }
  assert {
    condition     = contains(aws_lambda_function.api.layers, var.secrets_extension_layer_arn)
    error_message = "The function must carry the Parameters and Secrets extension layer."
  }
  assert {
    condition = alltrue([
      for s in data.aws_iam_policy_document.lambda.statement : s.sid != "ReadDatabaseSecret" || s.resources == toset([var.db_secret_arn])
    ])
    error_message = "The function may read the one database secret and nothing else."
  }
  assert {
    condition = anytrue([
      for s in data.aws_iam_policy_document.lambda.statement : s.actions == toset(["kms:Decrypt"]) && anytrue([
        for c in s.condition : c.variable == "kms:ViaService" && c.values == tolist(["secretsmanager.us-east-1.amazonaws.com"])
      ])
    ])
    error_message = "The function may decrypt the secret's key only through Secrets Manager."
  }
}

run "sends_the_site_origins_and_a_tls_cache_url" {
  command = plan

  assert {
    condition     = aws_lambda_function.api.environment[0].variables["HABITS_ALLOWED_ORIGINS"] == "https://d111.cloudfront.net,https://habits.example.com"
    error_message = "HABITS_ALLOWED_ORIGINS must list every site origin, comma-separated."
  }
  assert {
    condition     = aws_lambda_function.api.environment[0].variables["HABITS_COOKIE_SECURE"] == "true"
    error_message = "The session cookie must be Secure behind CloudFront."
  }
  assert {
    condition     = aws_lambda_function.api.environment[0].variables["HABITS_ENVIRONMENT"] == "test"
    error_message = "HABITS_ENVIRONMENT must name the environment: it is the Environment dimension the EMF alarms select on."
  }
}

run "refuses_a_cache_url_without_tls" {
  command = plan

  variables {
    redis_url = "redis://habits:secret@cache.example:6379"
  }

  expect_failures = [var.redis_url]
}

run "routes_the_served_paths_to_the_alias_with_payload_2" {
  command = plan

  assert {
    condition     = aws_apigatewayv2_integration.lambda.payload_format_version == "2.0"
    error_message = "The handler takes payload format 2.0."
  }
  assert {
    condition     = toset([aws_apigatewayv2_route.api.route_key, aws_apigatewayv2_route.health.route_key, aws_apigatewayv2_route.health_below.route_key]) == toset(["ANY /api/{proxy+}", "GET /health", "GET /health/{proxy+}"])
    error_message = "API Gateway must route /api/*, /health and /health/* to the function."
  }
}

run "reads_the_vapid_keys_from_their_secret_not_from_plain_variables" {
  command = plan

  assert {
    condition     = aws_lambda_function.api.environment[0].variables["HABITS_VAPID_SECRET_ARN"] == "arn:aws:secretsmanager:us-east-1:123456789012:secret:habit-tracker-test-vapid-xyz"
    error_message = "The function must be given the VAPID secret's ARN as HABITS_VAPID_SECRET_ARN."
  }
  assert {
    condition     = !contains(keys(aws_lambda_function.api.environment[0].variables), "HABITS_VAPID_PRIVATE_KEY")
    error_message = "The VAPID private key must come from the secret, never from the function's configuration."
  }
  assert {
    condition     = output.environment_variables == aws_lambda_function.api.environment[0].variables
    error_message = "The environment output must be the function's own (the reminder function runs the same)."
  }
  assert {
    condition = anytrue([
      for s in data.aws_iam_policy_document.lambda.statement : s.sid == "ReadVapidSecret" && s.actions == toset(["secretsmanager:GetSecretValue"]) && s.resources == toset([var.vapid_secret_arn])
    ])
    error_message = "The function may read the VAPID secret (for the public key), and only that one besides the database's."
  }
}
