package org.habittracker.adapters.lambda.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habittracker.adapters.lambda.deploy.TerraformConfiguration.blocks;
import static org.habittracker.adapters.lambda.deploy.TerraformConfiguration.string;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.habittracker.adapters.lambda.ApiGatewayHandler;
import org.habittracker.adapters.lambda.config.HabitsConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * iac/ against the code and the build: what Terraform deploys is what Maven builds and what the handler
 * reads and serves (the jar itself: LambdaJarTest). DeploymentRulesTest shows each rule refusing a wrong file.
 */
@DisplayName("The Terraform of the API function")
class TerraformLambdaTest {

    private static final Repository REPOSITORY = Repository.locate();
    private static final TerraformConfiguration COMPUTE = TerraformConfiguration.load(REPOSITORY.computeModule());
    private static final TerraformLambda FUNCTION = TerraformLambda.from(COMPUTE);
    private static final ClassLoader CLASSES = TerraformLambdaTest.class.getClassLoader();

    @Test
    @DisplayName("names as handler a class on the classpath that implements RequestHandler")
    void handlerIsARequestHandler() {
        assertThat(FUNCTION.handler()).isPresent();
        assertThat(DeploymentRules.handler(FUNCTION.handler(), CLASSES)).isEmpty();
    }

    @Test
    @DisplayName("sends payload format 2.0, the APIGatewayV2HTTPEvent the handler takes")
    void payloadFormatMatchesTheHandler() {
        assertThat(DeploymentRules.payloadFormat(FUNCTION.payloadFormatVersions(), FUNCTION.handler(), CLASSES)).isEmpty();
    }

    @Test
    @DisplayName("sets every environment variable the code reads, and none it does not")
    void environmentIsWhatTheCodeReads() {
        assertThat(DeploymentRules.lambdaEnvironment(FUNCTION.environmentNames(), HabitsConfig.VARIABLES)).isEmpty();
    }

    @Test
    @DisplayName("routes every path the handler serves from API Gateway to the function")
    void apiRoutesReachEveryServedPath() {
        List<ServedRoute> served = ServedRoute.fromHandler();

        assertThat(served).extracting(ServedRoute::template).contains("/health").anyMatch(t -> t.startsWith("/api/"));
        assertThat(DeploymentRules.apiRoutes(FUNCTION.routeKeys(), served)).isEmpty();
    }

    @Test
    @DisplayName("lets CloudFront send every path the handler serves to the API, not to the SPA bucket")
    void cloudFrontSendsEveryServedPathToTheApi() {
        TerraformConfiguration edge = TerraformConfiguration.load(REPOSITORY.edgeModule());
        Map<String, Object> distribution = edge.resources("aws_cloudfront_distribution").values().iterator().next();
        List<String> apiOrigins = blocks(distribution, "origin").stream()
                .filter(origin -> origin.containsKey("custom_origin_config"))
                .map(origin -> string(origin, "origin_id").orElseThrow()).toList();

        assertThat(apiOrigins).hasSize(1);
        assertThat(DeploymentRules.edgeBehaviours(blocks(distribution, "ordered_cache_behavior"), apiOrigins.get(0),
                ServedRoute.fromHandler())).isEmpty();
    }

    @Test
    @DisplayName("runs the Java release the build compiles for")
    void runtimeIsTheBuildsJava() throws IOException {
        MavenBuild build = MavenBuild.read(REPOSITORY.lambdaPom(), REPOSITORY.parentPom());

        assertThat(DeploymentRules.runtime(FUNCTION.runtime(), build.compilerRelease(),
                classFileMajorVersion(ApiGatewayHandler.class))).isEmpty();
    }

    @Test
    @DisplayName("runs on arm64 with the arm64 build of the secrets extension in every environment")
    void architectureAndLayersAreArm64() {
        List<String> layers = new ArrayList<>();
        for (Path environment : REPOSITORY.environments()) {
            TerraformConfiguration.load(environment).module(TerraformEnvironmentsTest.STACK_CALL)
                    .flatMap(stack -> string(stack, "secrets_extension_layer_arn")).ifPresent(layers::add);
        }

        assertThat(layers).hasSameSizeAs(REPOSITORY.environments());
        assertThat(DeploymentRules.architecture(FUNCTION.architectures(), layers)).isEmpty();
    }

    private static int classFileMajorVersion(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class");
                DataInputStream data = new DataInputStream(in)) {
            data.readInt(); // 0xCAFEBABE
            data.readUnsignedShort(); // minor version
            return data.readUnsignedShort();
        }
    }
}
