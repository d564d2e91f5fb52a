package org.habittracker.adapters.lambda.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habittracker.adapters.lambda.deploy.TerraformConfiguration.blocks;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.habittracker.adapters.lambda.config.HabitsConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every rule TerraformLambdaTest relies on, fed a deliberately wrong file, refuses it. */
@DisplayName("The deployment rules")
class DeploymentRulesTest {

    private static final ClassLoader CLASSES = DeploymentRulesTest.class.getClassLoader();
    private static final List<ServedRoute> SERVED = List.of(new ServedRoute("GET", "/health"),
            new ServedRoute("POST", "/api/auth/login"), new ServedRoute("PUT", "/api/habits/{id}/checkins/{day}"));

    private static TerraformLambda function(String hcl) {
        return TerraformLambda.from(TerraformConfiguration.parse(hcl));
    }

    @Nested
    @DisplayName("for the handler")
    class Handler {

        @Test
        @DisplayName("refuse a class that is not on the classpath")
        void refuseAMissingClass() {
            TerraformLambda wrong = function("""
                    resource "aws_lambda_function" "api" {
                      handler = "org.habittracker.adapters.lambda.NoSuchHandler::handleRequest"
                    }
                    """);

            assertThat(DeploymentRules.handler(wrong.handler(), CLASSES)).containsExactly(
                    "the handler names org.habittracker.adapters.lambda.NoSuchHandler, which is not on the classpath");
        }

        @Test
        @DisplayName("refuse a class that is not a RequestHandler")
        void refuseANonHandler() {
            TerraformLambda wrong = function("""
                    resource "aws_lambda_function" "api" {
                      handler = "org.habittracker.adapters.lambda.config.HabitsConfig::handleRequest"
                    }
                    """);

            assertThat(DeploymentRules.handler(wrong.handler(), CLASSES)).containsExactly(
                    "the handler names org.habittracker.adapters.lambda.config.HabitsConfig, which does not implement "
                            + "com.amazonaws.services.lambda.runtime.RequestHandler",
                    "the handler names method handleRequest of org.habittracker.adapters.lambda.config.HabitsConfig, "
                            + "which has no public instance method handleRequest(event, Context)");
        }

        @Test
        @DisplayName("refuse a method the class does not have")
        void refuseAMissingMethod() {
            TerraformLambda wrong = function("""
                    resource "aws_lambda_function" "api" {
                      handler = "org.habittracker.adapters.lambda.ApiGatewayHandler::handle"
                    }
                    """);

            assertThat(DeploymentRules.handler(wrong.handler(), CLASSES)).singleElement().asString()
                    .contains("has no public instance method handle(event, Context)");
        }

        @Test
        @DisplayName("refuse a payload 1.0 integration, or a handler of payload 1.0 events behind a 2.0 one")
        void refuseAMismatchedPayloadFormat() {
            TerraformLambda wrong = function("""
                    resource "aws_lambda_function" "api" {
                      handler = "org.habittracker.adapters.lambda.deploy.RestApiV1Handler::handleRequest"
                    }
                    resource "aws_apigatewayv2_integration" "lambda" {
                      payload_format_version = "1.0"
                    }
                    """);

            assertThat(DeploymentRules.payloadFormat(wrong.payloadFormatVersions(), wrong.handler(), CLASSES))
                    .containsExactly(
                            "the API Gateway integrations use payload formats [1.0], but the handler reads payload format 2.0 events",
                            "payload format 2.0 sends APIGatewayV2HTTPEvent, but org.habittracker.adapters.lambda.deploy."
                                    + "RestApiV1Handler takes com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent");
        }
    }

    @Nested
    @DisplayName("for the jar")
    class Jar {

        @Test
        @DisplayName("refuse a path that is not the jar Maven builds (here: an old version)")
        void refuseAnotherJar() {
            TerraformLambda wrong = function("""
                    resource "aws_lambda_function" "api" {
                      filename = "../../../adapters-lambda/target/adapters-lambda-0.0.9-lambda.jar"
                    }
                    """);
            Path root = Path.of("/repo");
            Path built = root.resolve("adapters-lambda/target/adapters-lambda-0.1.0-SNAPSHOT-lambda.jar");

            assertThat(DeploymentRules.jarPath(wrong.filename(), root.resolve("iac/envs/prod"), built)).singleElement()
                    .asString().contains("adapters-lambda-0.0.9-lambda.jar").endsWith("but Maven builds " + built);
        }

        @Test
        @DisplayName("refuse a path that is right from the module's directory but wrong from the environment's")
        void refuseAPathRelativeToTheWrongDirectory() {
            Path root = Path.of("/repo");
            Path built = root.resolve("adapters-lambda/target/adapters-lambda-0.1.0-SNAPSHOT-lambda.jar");

            assertThat(DeploymentRules.jarPath(Optional.of("../../../../adapters-lambda/target/adapters-lambda-0.1.0-SNAPSHOT-lambda.jar"),
                    root.resolve("iac/envs/prod"), built)).hasSize(1);
            assertThat(DeploymentRules.jarPath(Optional.of("../../../adapters-lambda/target/adapters-lambda-0.1.0-SNAPSHOT-lambda.jar"),
                    root.resolve("iac/envs/prod"), built)).isEmpty();
        }
    }

    @Nested
    @DisplayName("for the Terraform environments")
    class Environments {

        private final Path repo = Path.of("/repo");
        private final Path stack = repo.resolve("iac/modules/stack");
        private final Path prod = repo.resolve("iac/envs/prod");

        @Test
        @DisplayName("refuse an environment that wires the modules itself and declares its own variables")
        void refuseAnEnvironmentThatIsNotThin() {
            TerraformConfiguration wrong = TerraformConfiguration.parse("""
                    variable "environment" {
                      type = string
                    }
                    module "network" {
                      source = "../../modules/network"
                      name   = "habit-tracker-${var.environment}"
                    }
                    module "habit_tracker" {
                      source = "../../modules/stack"
                    }
                    """);

            assertThat(DeploymentRules.thinEnvironment(prod, wrong.modules(), wrong.variables(), stack)).containsExactly(
                    prod + " declares variables [environment]: the stack module declares the inputs, an environment "
                            + "only sets them in its call of the stack",
                    prod + " calls the modules [habit_tracker, network], but an environment calls exactly one, the stack",
                    prod + "'s module network comes from ../../modules/network, which is /repo/iac/modules/network, "
                            + "not the stack module " + stack);
        }

        @Test
        @DisplayName("refuse a stack source that is right from the repository root but wrong from the environment")
        void refuseAStackPathRelativeToTheWrongDirectory() {
            TerraformConfiguration wrong = TerraformConfiguration.parse("""
                    module "habit_tracker" {
                      source = "./iac/modules/stack"
                    }
                    """);
            TerraformConfiguration right = TerraformConfiguration.parse("""
                    module "habit_tracker" {
                      source = "../../modules/stack"
                    }
                    """);

            assertThat(DeploymentRules.thinEnvironment(prod, wrong.modules(), wrong.variables(), stack)).singleElement()
                    .asString().endsWith("which is /repo/iac/envs/prod/iac/modules/stack, not the stack module " + stack);
            assertThat(DeploymentRules.thinEnvironment(prod, right.modules(), right.variables(), stack)).isEmpty();
        }
    }

    @Nested
    @DisplayName("for the function's environment")
    class Environment {

        @Test
        @DisplayName("refuse a missing variable, a plain-text password and a name the code does not read")
        void refuseWrongNames() {
            TerraformLambda wrong = function("""
                    resource "aws_lambda_function" "api" {
                      environment {
                        variables = {
                          HABITS_DB_URL          = "jdbc:postgresql://db:5432/habits"
                          HABITS_DB_USER         = var.db_user
                          HABITS_DB_PASSWORD     = var.db_password
                          HABITS_DB_POOL_SIZE    = "1"
                          HABITS_ALLOWED_ORIGINS = "https://habits.example.com"
                          HABITS_COOKIE_SECURED  = "true"
                          HABITS_ENVIRONMENT     = "prod"
                        }
                      }
                    }
                    """);

            assertThat(DeploymentRules.lambdaEnvironment(wrong.environmentNames(), HabitsConfig.VARIABLES))
                    .containsExactlyInAnyOrder(
                            "HABITS_DB_SECRET_ARN is read by the code but not set on the function",
                            "HABITS_REDIS_URL is read by the code but not set on the function",
                            "HABITS_COOKIE_SECURE is read by the code but not set on the function",
                            "HABITS_VAPID_SECRET_ARN is read by the code but not set on the function",
                            "HABITS_PUSH_PRIVATE_ENDPOINTS is read by the code but not set on the function",
                            "HABITS_DB_PASSWORD is set on the function: in Lambda the password comes from HABITS_DB_SECRET_ARN "
                                    + "through the secrets extension, never in plain text",
                            "HABITS_COOKIE_SECURED is set on the function but the code does not read it");
        }

        @Test
        @DisplayName("allow the JVM's and AWS's own names beside the code's")
        void allowJvmAndAwsNames() {
            List<String> names = new java.util.ArrayList<>(HabitsConfig.VARIABLES);
            names.removeAll(List.of(HabitsConfig.DB_PASSWORD, HabitsConfig.VAPID_PUBLIC_KEY,
                    HabitsConfig.VAPID_PRIVATE_KEY, HabitsConfig.VAPID_SUBJECT));
            names.addAll(List.of("JAVA_TOOL_OPTIONS", "AWS_LAMBDA_EXEC_WRAPPER", "SECRETS_MANAGER_TTL",
                    "PARAMETERS_SECRETS_EXTENSION_LOG_LEVEL"));

            assertThat(DeploymentRules.lambdaEnvironment(names, HabitsConfig.VARIABLES)).isEmpty();
            assertThat(DeploymentRules.lambdaEnvironment(List.of("JAVA_OPTS"), List.of())).containsExactly(
                    "JAVA_OPTS is set on the function but the code does not read it");
        }

        @Test
        @DisplayName("refuse the VAPID private key in plain text on the function, and want its secret instead")
        void refuseVapidKeysInPlainText() {
            List<String> names = new java.util.ArrayList<>(HabitsConfig.VARIABLES);
            names.removeAll(List.of(HabitsConfig.DB_PASSWORD, HabitsConfig.VAPID_SECRET_ARN));

            assertThat(DeploymentRules.lambdaEnvironment(names, HabitsConfig.VARIABLES)).containsExactlyInAnyOrder(
                    "HABITS_VAPID_SECRET_ARN is read by the code but not set on the function",
                    "HABITS_VAPID_PRIVATE_KEY is set on the function: in Lambda the VAPID keys come from "
                            + "HABITS_VAPID_SECRET_ARN through the secrets extension, never in plain text");
        }
    }

    @Nested
    @DisplayName("for the routes")
    class Routes {

        @Test
        @DisplayName("refuse an API without a route to /health")
        void refuseAMissingHealthRoute() {
            List<String> wrong = TerraformLambda.routeKeys(TerraformConfiguration.parse("""
                    resource "aws_apigatewayv2_route" "api" {
                      route_key = "ANY /api/{proxy+}"
                    }
                    """));

            assertThat(DeploymentRules.apiRoutes(wrong, SERVED)).containsExactly(
                    "GET /health (the handler's GET /health) is reached by no API Gateway route of [ANY /api/{proxy+}]",
                    "GET /health/ (the handler's GET /health) is reached by no API Gateway route of [ANY /api/{proxy+}]");
        }

        @Test
        @DisplayName("refuse routes whose method or depth leaves a served path out")
        void refuseTooNarrowRoutes() {
            List<String> keys = List.of("GET /health", "GET /health/{proxy+}", "POST /api/auth/login",
                    "GET /api/habits/{id}/checkins/{day}");

            assertThat(DeploymentRules.apiRoutes(keys, SERVED)).containsExactly(
                    "POST /api/auth/login/ (the handler's POST /api/auth/login) is reached by no API Gateway route of " + keys,
                    "PUT /api/habits/x/checkins/x (the handler's PUT /api/habits/{id}/checkins/{day}) is reached by no "
                            + "API Gateway route of " + keys,
                    "PUT /api/habits/x/checkins/x/ (the handler's PUT /api/habits/{id}/checkins/{day}) is reached by no "
                            + "API Gateway route of " + keys);
        }

        @Test
        @DisplayName("match route keys as HTTP APIs do")
        void matchRouteKeys() {
            assertThat(DeploymentRules.routeKeyMatches("ANY /api/{proxy+}", "DELETE", "/api/habits/x")).isTrue();
            assertThat(DeploymentRules.routeKeyMatches("ANY /api/{proxy+}", "GET", "/apix/habits")).isFalse();
            assertThat(DeploymentRules.routeKeyMatches("GET /health", "GET", "/health/")).isFalse();
            assertThat(DeploymentRules.routeKeyMatches("GET /health/{proxy+}", "GET", "/health/")).isTrue();
            assertThat(DeploymentRules.routeKeyMatches("GET /health/{proxy+}", "GET", "/health")).isFalse();
            assertThat(DeploymentRules.routeKeyMatches("GET /api/habits/{id}", "GET", "/api/habits//")).isFalse();
            assertThat(DeploymentRules.routeKeyMatches("$default", "PATCH", "/anything")).isTrue();
        }

        @Test
        @DisplayName("refuse CloudFront behaviours that leave a served path to the SPA bucket or forbid its method")
        void refuseWrongBehaviours() {
            var distribution = TerraformConfiguration.parse("""
                    resource "aws_cloudfront_distribution" "this" {
                      ordered_cache_behavior {
                        path_pattern     = "/api/*"
                        target_origin_id = "api-gateway"
                        allowed_methods  = ["GET", "HEAD", "OPTIONS"]
                      }
                    }
                    """).resources("aws_cloudfront_distribution").get("this");

            assertThat(DeploymentRules.edgeBehaviours(blocks(distribution, "ordered_cache_behavior"), "api-gateway", SERVED))
                    .hasSize(6)
                    .contains("/health (the handler's GET /health) matches no CloudFront behaviour and would be served "
                            + "from the SPA bucket")
                    .contains("/api/auth/login (the handler's POST /api/auth/login) is under a behaviour that does not "
                            + "allow POST: [GET, HEAD, OPTIONS]");
            assertThat(DeploymentRules.edgeBehaviours(blocks(distribution, "ordered_cache_behavior"), "elsewhere",
                    List.of(new ServedRoute("GET", "/api/me")))).containsExactly(
                    "/api/me (the handler's GET /api/me) goes to origin api-gateway, not to the API (elsewhere)",
                    "/api/me/ (the handler's GET /api/me) goes to origin api-gateway, not to the API (elsewhere)");
        }
    }

    @Nested
    @DisplayName("for the runtime and architecture")
    class RuntimeAndArchitecture {

        @Test
        @DisplayName("refuse a runtime other than the build's Java, and a class compiled for another release")
        void refuseAnotherJava() {
            TerraformLambda wrong = function("""
                    resource "aws_lambda_function" "api" {
                      runtime = "java17"
                    }
                    """);

            assertThat(DeploymentRules.runtime(wrong.runtime(), 21, 61)).containsExactly(
                    "the function's runtime is java17, but the build targets Java 21 (runtime java21)",
                    "the handler class has class-file version 61, which is Java 17, not the 21 the build targets");
        }

        @Test
        @DisplayName("refuse x86_64, and the x86 build of the secrets extension")
        void refuseX86() {
            TerraformLambda wrong = function("""
                    resource "aws_lambda_function" "api" {
                      architectures = ["x86_64"]
                    }
                    """);
            String x86Layer = "arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:12";

            assertThat(DeploymentRules.architecture(wrong.architectures(), List.of(x86Layer))).containsExactly(
                    "the function's architectures are [x86_64], not [arm64]",
                    "layer " + x86Layer + " is the x86_64 build of the secrets extension; an arm64 function needs "
                            + "AWS-Parameters-and-Secrets-Lambda-Extension-Arm64");
        }
    }
}
