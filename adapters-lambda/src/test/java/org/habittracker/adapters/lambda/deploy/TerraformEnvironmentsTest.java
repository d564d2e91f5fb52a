package org.habittracker.adapters.lambda.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * iac/envs/*: each environment runs the stack module and nothing else, so the checks of the modules the stack
 * wires (TerraformLambdaTest, LambdaJarTest) hold for every environment.
 */
@DisplayName("The Terraform environments")
class TerraformEnvironmentsTest {

    /** The name under which every environment calls the stack module. */
    static final String STACK_CALL = "habit_tracker";

    private static final Repository REPOSITORY = Repository.locate();

    @Test
    @DisplayName("are staging, prod, and prod rebuilt in the DR region (prod-dr)")
    void areStagingProdAndProdDr() {
        assertThat(REPOSITORY.environments()).extracting(path -> path.getFileName().toString())
                .containsExactly("prod", "prod-dr", "staging");
    }

    @Test
    @DisplayName("each call the stack module once, as habit_tracker, and declare no variables of their own")
    void eachCallTheStackOnly() {
        for (Path environment : REPOSITORY.environments()) {
            TerraformConfiguration config = TerraformConfiguration.load(environment);

            assertThat(config.modules()).as(environment.toString()).containsOnlyKeys(STACK_CALL);
            assertThat(DeploymentRules.thinEnvironment(environment, config.modules(), config.variables(),
                    REPOSITORY.stackModule())).as(environment.toString()).isEmpty();
        }
    }
}
