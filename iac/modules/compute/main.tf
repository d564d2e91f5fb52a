# Compute: the API as one Lambda function (the shaded jar of adapters-lambda) behind an API Gateway
# HTTP API. API Gateway invokes the alias "live", never $LATEST: Terraform publishes a version on
# every code or configuration change (SnapStart snapshots it), and the deploy pipeline moves the
# alias once the new version answers /health. Rolling back is moving the alias back.

data "aws_region" "current" {}
data "aws_partition" "current" {}

locals {
  alias_name = "live"
}

# ---------------------------------------------------------------------------------------------
# IAM: the function may write its own log group, manage its VPC network interfaces, and read the
# database secret and the VAPID secret (decrypting them only through Secrets Manager). Nothing else.
# ---------------------------------------------------------------------------------------------

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "lambda" {
  name               = "${var.function_name}-role"
  description        = "Execution role of the ${var.function_name} function"
  assume_role_policy = data.aws_iam_policy_document.assume.json
  tags               = var.tags
}

data "aws_iam_policy_document" "lambda" {
  statement {
    sid       = "WriteOwnLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${var.log_group_arn}:*"]
  }

  statement {
    sid       = "ReadDatabaseSecret"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = [var.db_secret_arn]
  }

  # The public key for browsers (GET /api/push/public-key); the reminder function reads the pair too.
  statement {
    sid       = "ReadVapidSecret"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = [var.vapid_secret_arn]
  }

  statement {
    sid       = "DecryptDatabaseSecretThroughSecretsManager"
    actions   = ["kms:Decrypt"]
    resources = [var.db_secret_kms_key_arn]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["secretsmanager.${data.aws_region.current.name}.amazonaws.com"]
    }
  }
}

resource "aws_iam_role_policy" "lambda" {
  name   = "habit-tracker-api"
  role   = aws_iam_role.lambda.id
  policy = data.aws_iam_policy_document.lambda.json
}

# Create/describe/delete network interfaces in the VPC; AWS's policy for exactly this and no more.
resource "aws_iam_role_policy_attachment" "vpc_enis" {
  role       = aws_iam_role.lambda.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AWSLambdaENIManagementAccess"
}

# ---------------------------------------------------------------------------------------------
# The RDS CA bundle as a layer: layers unpack under /opt, so the file is /opt/rds-ca.pem. The zip is
# built before Terraform runs (iac/tools/rds-ca-layer.sh, deterministic: the same bundle gives the
# same bytes, so a new layer version appears only when AWS changes the bundle).
# ---------------------------------------------------------------------------------------------

resource "aws_lambda_layer_version" "rds_ca" {
  layer_name               = "${var.name}-rds-ca"
  description              = "Amazon RDS CA bundle at /opt/rds-ca.pem (pgjdbc sslrootcert)"
  filename                 = var.rds_ca_layer_path
  source_code_hash         = filebase64sha256(var.rds_ca_layer_path)
  compatible_runtimes      = ["java21"]
  compatible_architectures = ["arm64"]
}

# ---------------------------------------------------------------------------------------------
# The function
# ---------------------------------------------------------------------------------------------

resource "aws_lambda_function" "api" {
  function_name = var.function_name
  description   = "Habit Tracker HTTP API (adapters-lambda)"
  role          = aws_iam_role.lambda.arn

  runtime       = "java21"
  architectures = ["arm64"]
  handler       = "org.habittracker.adapters.lambda.ApiGatewayHandler::handleRequest"

  filename         = var.lambda_jar_path
  source_code_hash = filebase64sha256(var.lambda_jar_path)

  memory_size                    = var.memory_mb
  timeout                        = var.timeout_seconds
  reserved_concurrent_executions = var.reserved_concurrency

  # Every change publishes a numbered version (the alias moves to it after a health check);
  # SnapStart, when on, snapshots published versions only.
  publish = true

  # SnapStart snapshots each published version after init and restores it instead of starting the
  # JVM. Behind a switch: the restored environment gets its credentials from the container
  # credentials endpoint, not AWS_SESSION_TOKEN, so the handler must read the database secret after
  # restore (issue 18) before this can be on. Off, the block is absent and Lambda uses "None".
  dynamic "snap_start" {
    for_each = var.snapstart_enabled ? ["PublishedVersions"] : []

    content {
      apply_on = snap_start.value
    }
  }

  # The extension answers GET localhost:2773/secretsmanager/get?secretId=... with the secret,
  # cached for SECRETS_MANAGER_TTL seconds. It serves only during invocations, not during init.
  # The second layer puts the RDS CA bundle at /opt/rds-ca.pem for sslmode=verify-full.
  layers = [var.secrets_extension_layer_arn, aws_lambda_layer_version.rds_ca.arn]

  vpc_config {
    subnet_ids         = var.private_subnet_ids
    security_group_ids = [var.lambda_security_group_id]
  }

  # Text format: the code writes one JSON line per request and CloudWatch Embedded Metric Format
  # lines, which must reach the log stream unwrapped.
  logging_config {
    log_format = "Text"
    log_group  = var.log_group_name
  }

  # Exactly the names the code reads (ARCHITECTURE.md section 6; HabitsConfig), plus names read by the
  # JVM and the secrets extension. A test in adapters-lambda keeps this list and the code in step.
  # HABITS_DB_PASSWORD is deliberately absent: the password comes from HABITS_DB_SECRET_ARN.
  environment {
    variables = {
      HABITS_DB_URL          = var.db_url
      HABITS_DB_USER         = var.db_user
      HABITS_DB_SECRET_ARN   = var.db_secret_arn
      HABITS_DB_POOL_SIZE    = tostring(var.db_pool_size)
      HABITS_REDIS_URL       = var.redis_url
      HABITS_ALLOWED_ORIGINS = join(",", var.allowed_origins)
      HABITS_COOKIE_SECURE   = tostring(var.cookie_secure)
      HABITS_ENVIRONMENT     = var.environment
      # The VAPID keys and subject live in this secret, never in plain text here.
      HABITS_VAPID_SECRET_ARN = var.vapid_secret_arn
      # Pushes go to public push services only, never to an address inside the VPC (PushEndpointGuard).
      HABITS_PUSH_PRIVATE_ENDPOINTS = "refuse"

      JAVA_TOOL_OPTIONS = var.java_tool_options

      SECRETS_MANAGER_TTL                    = tostring(var.secrets_cache_ttl_seconds)
      PARAMETERS_SECRETS_EXTENSION_LOG_LEVEL = "warn"
    }
  }

  tags = var.tags

  depends_on = [
    aws_iam_role_policy.lambda,
    aws_iam_role_policy_attachment.vpc_enis,
  ]
}

resource "aws_lambda_alias" "live" {
  name             = local.alias_name
  description      = "The version API Gateway serves; moved by the deploy pipeline, or by hand to roll back"
  function_name    = aws_lambda_function.api.function_name
  function_version = aws_lambda_function.api.version

  # Terraform sets the alias when it creates it; afterwards the pipeline (and a rollback) moves it,
  # and Terraform must not move it back.
  lifecycle {
    ignore_changes = [function_version]
  }
}

# ---------------------------------------------------------------------------------------------
# API Gateway HTTP API (payload format 2.0) -> alias "live"
# ---------------------------------------------------------------------------------------------

resource "aws_apigatewayv2_api" "http" {
  name          = var.name
  description   = "Habit Tracker API; reached through CloudFront, which serves the SPA on the same origin"
  protocol_type = "HTTP"
  # No CORS configuration: the browser talks to CloudFront only, so every call is same-origin.
  tags = var.tags
}

resource "aws_apigatewayv2_integration" "lambda" {
  api_id                 = aws_apigatewayv2_api.http.id
  description            = "The API function's alias ${local.alias_name}"
  integration_type       = "AWS_PROXY"
  integration_method     = "POST"
  integration_uri        = aws_lambda_alias.live.invoke_arn
  payload_format_version = "2.0"
  timeout_milliseconds   = min(30000, (var.timeout_seconds + 1) * 1000)
}

# The paths the handler serves (ARCHITECTURE.md section 5): /health, /health/ and everything under /api/.
# HTTP APIs refuse route keys that end in "/", so /health/ is reached through a greedy route; the
# handler answers 404 (problem+json) for anything else below /health/.
resource "aws_apigatewayv2_route" "api" {
  api_id    = aws_apigatewayv2_api.http.id
  route_key = "ANY /api/{proxy+}"
  target    = "integrations/${aws_apigatewayv2_integration.lambda.id}"
}

resource "aws_apigatewayv2_route" "health" {
  api_id    = aws_apigatewayv2_api.http.id
  route_key = "GET /health"
  target    = "integrations/${aws_apigatewayv2_integration.lambda.id}"
}

resource "aws_apigatewayv2_route" "health_below" {
  api_id    = aws_apigatewayv2_api.http.id
  route_key = "GET /health/{proxy+}"
  target    = "integrations/${aws_apigatewayv2_integration.lambda.id}"
}

resource "aws_apigatewayv2_stage" "default" {
  api_id      = aws_apigatewayv2_api.http.id
  name        = "$default"
  auto_deploy = true

  default_route_settings {
    throttling_rate_limit    = var.throttling_rate_limit
    throttling_burst_limit   = var.throttling_burst_limit
    detailed_metrics_enabled = false
  }

  access_log_settings {
    destination_arn = var.access_log_group_arn
    format = jsonencode({
      requestId          = "$context.requestId"
      ip                 = "$context.identity.sourceIp"
      requestTime        = "$context.requestTime"
      method             = "$context.httpMethod"
      path               = "$context.path"
      routeKey           = "$context.routeKey"
      status             = "$context.status"
      protocol           = "$context.protocol"
      responseLength     = "$context.responseLength"
      responseLatency    = "$context.responseLatency"
      integrationLatency = "$context.integrationLatency"
      integrationStatus  = "$context.integration.status"
      integrationError   = "$context.integrationErrorMessage"
      userAgent          = "$context.identity.userAgent"
    })
  }

  tags = var.tags
}

resource "aws_lambda_permission" "api_gateway" {
  statement_id  = "AllowHttpApiInvoke"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.api.function_name
  qualifier     = aws_lambda_alias.live.name
  principal     = "apigateway.amazonaws.com"
  source_arn    = "${aws_apigatewayv2_api.http.execution_arn}/*/*"
}
