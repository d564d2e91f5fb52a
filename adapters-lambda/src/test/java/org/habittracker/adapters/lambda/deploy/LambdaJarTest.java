package org.habittracker.adapters.lambda.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.habittracker.adapters.lambda.deploy.TerraformConfiguration.string;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The jar Terraform deploys")
class LambdaJarTest {

    private static final Repository REPOSITORY = Repository.locate();

    @Test
    @DisplayName("is, from every environment directory, the shaded jar Maven builds")
    void isTheOneMavenBuilds() {
        MavenBuild build = MavenBuild.read(REPOSITORY.lambdaPom(), REPOSITORY.parentPom());
        Path builtJar = REPOSITORY.root().resolve("adapters-lambda").resolve(build.shadedJar());
        TerraformLambda function = TerraformLambda.from(TerraformConfiguration.load(REPOSITORY.computeModule()));
        Map<String, Object> computeModule = TerraformConfiguration.load(REPOSITORY.stackModule()).module("compute")
                .orElseThrow(() -> new AssertionError("the stack module does not use the compute module"));
        // The stack may override the module's default. Either way Terraform resolves the path from the directory it
        // runs in, the environment's (TerraformEnvironmentsTest: every environment runs the stack and nothing else).
        Optional<String> configured = string(computeModule, "lambda_jar_path").or(function::filename);

        assertThat(REPOSITORY.environments()).isNotEmpty();
        for (Path environment : REPOSITORY.environments()) {
            assertThat(DeploymentRules.jarPath(configured, environment, builtJar)).as(environment.toString()).isEmpty();
        }
    }

    @Test
    @DisplayName("is named from the POM: artifactId, the parent's version and the shade classifier")
    void followsThePom(@TempDir Path dir) throws IOException {
        Path parent = write(dir.resolve("pom.xml"), """
                <project><version>2.3.4</version><properties><maven.compiler.release>21</maven.compiler.release></properties></project>
                """);
        Path module = write(dir.resolve("module.xml"), """
                <project>
                  <parent><artifactId>habit-tracker</artifactId><version>2.3.4</version></parent>
                  <artifactId>adapters-lambda</artifactId>
                  <dependencies><dependency><artifactId>not-this-one</artifactId><version>9</version></dependency></dependencies>
                  <build><plugins><plugin>
                    <artifactId>maven-shade-plugin</artifactId>
                    <executions><execution><configuration>
                      <shadedArtifactAttached>true</shadedArtifactAttached>
                      <shadedClassifierName>aws</shadedClassifierName>
                    </configuration></execution></executions>
                  </plugin></plugins></build>
                </project>
                """);

        MavenBuild build = MavenBuild.read(module, parent);

        assertThat(build.shadedJar()).isEqualTo(Path.of("target/adapters-lambda-2.3.4-aws.jar"));
        assertThat(build.compilerRelease()).isEqualTo(21);
    }

    @Test
    @DisplayName("cannot be named when the POM builds no shaded jar")
    void needsAShadeConfiguration(@TempDir Path dir) throws IOException {
        Path parent = write(dir.resolve("pom.xml"), """
                <project><version>1.0</version><properties><maven.compiler.release>21</maven.compiler.release></properties></project>
                """);
        Path module = write(dir.resolve("module.xml"), """
                <project><parent><version>1.0</version></parent><artifactId>adapters-lambda</artifactId></project>
                """);

        assertThatThrownBy(() -> MavenBuild.read(module, parent).shadedJar())
                .hasMessageContaining("does not configure maven-shade-plugin");
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text);
    }
}
