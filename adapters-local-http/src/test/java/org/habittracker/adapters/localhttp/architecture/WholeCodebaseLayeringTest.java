package org.habittracker.adapters.localhttp.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.habittracker.application.architecture.LayeringRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The layering of the whole codebase, checked here because this outermost module has every module on its
 * class path: the core rules of the application's test-jar over all modules, and which adapter may use
 * which. Every adapter rule is also shown rejecting a fixture that breaks it.
 */
class WholeCodebaseLayeringTest {
    private static final String ROOT = LayeringRules.ROOT;
    private static final String FIXTURE = "org.habittracker.adapters.localhttp.architecture.fixture";
    private static final JavaClasses REAL = LayeringRules.productionClasses(ROOT);
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(FIXTURE);

    @Nested
    @DisplayName("the real code of every module")
    class RealCode {

        @Test
        @DisplayName("is imported from every module, without test classes")
        void importsEveryModule() {
            assertThat(REAL.contain("org.habittracker.domain.habit.Habit")).isTrue();
            assertThat(REAL.contain("org.habittracker.application.service.habit.ManageHabitsService")).isTrue();
            assertThat(REAL.contain("org.habittracker.adapters.persistence.PostgresPersistence")).isTrue();
            assertThat(REAL.contain("org.habittracker.adapters.cache.RedisCache")).isTrue();
            assertThat(REAL.contain("org.habittracker.adapters.lambda.ApiGatewayHandler")).isTrue();
            assertThat(REAL.contain("org.habittracker.adapters.localhttp.LocalServer")).isTrue();
            assertThat(REAL.contain(FIXTURE + ".adapters.cache.RedisThing")).isFalse();
        }

        @Test
        @DisplayName("keeps the core rules: pure domain, application on domain and validation only, no cycles")
        void keepsTheCoreRules() {
            assertThat(LayeringRules.coreRules(ROOT))
                    .allSatisfy(rule -> assertThatCode(() -> rule.check(REAL)).doesNotThrowAnyException());
        }

        @Test
        @DisplayName("has no cycle between adapters")
        void hasNoAdapterCycle() {
            LayeringRules.noCyclesBetweenAdapters(ROOT).check(REAL);
        }

        @Test
        @DisplayName("lets each adapter use only the adapters ARCHITECTURE.md §1 allows")
        void keepsTheAdapterRules() {
            assertThat(AdapterRules.all(ROOT))
                    .allSatisfy(rule -> assertThatCode(() -> rule.check(REAL)).doesNotThrowAnyException());
        }

        @Test
        @DisplayName("keeps the Lambda adapter free of database and Redis libraries, and its resource packages apart")
        void keepsTheLambdaLayout() {
            assertThat(LambdaLayoutRules.all(ROOT))
                    .allSatisfy(rule -> assertThatCode(() -> rule.check(REAL)).doesNotThrowAnyException());
        }
    }

    @Nested
    @DisplayName("each adapter rule rejects the fixture that breaks it")
    class Fixtures {

        private void assertRejects(ArchRule rule, String offender, String target) {
            assertThatThrownBy(() -> rule.check(FIXTURES))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining(offender)
                    .hasMessageContaining(target);
        }

        @Test
        @DisplayName("persistence reaching into the HTTP handler")
        void persistenceUsingAnotherAdapter() {
            assertRejects(AdapterRules.adapterUsesOnly(FIXTURE, "persistence"), "LeakyRepository", "lambda.Handler");
        }

        @Test
        @DisplayName("the cache reaching into persistence")
        void cacheUsingAnotherAdapter() {
            assertRejects(AdapterRules.adapterUsesOnly(FIXTURE, "cache"), "RedisThing", "persistence.JdbcThing");
        }

        @Test
        @DisplayName("the Lambda adapter reaching out to the local server")
        void lambdaUsingTheLocalServer() {
            assertRejects(AdapterRules.adapterUsesOnly(FIXTURE, "lambda", "persistence", "cache"), "Handler",
                    "localhttp.Server");
        }

        @Test
        @DisplayName("the local server talking to persistence directly")
        void localServerBypassingTheHandler() {
            assertRejects(AdapterRules.adapterUsesOnly(FIXTURE, "localhttp", "lambda"), "Server",
                    "persistence.JdbcThing");
        }

        @Test
        @DisplayName("the Lambda adapter using the PostgreSQL driver itself")
        void lambdaUsingADataLibrary() {
            assertRejects(LambdaLayoutRules.noDataLibraries(FIXTURE), "DriverThing", "org.postgresql.Driver");
        }

        @Test
        @DisplayName("one resource package of the Lambda adapter reaching into another")
        void resourceUsingAnotherResource() {
            assertRejects(LambdaLayoutRules.resourceUsesNoOtherResource(FIXTURE, "habits"), "HabitThing",
                    "lambda.pauses.PauseThing");
        }

        @Test
        @DisplayName("the Web Push adapter reaching into a resource package")
        void webPushUsingAResource() {
            assertRejects(LambdaLayoutRules.webPushSpeaksOnlyThePort(FIXTURE), "PushThing", "lambda.habits.HabitThing");
        }

        @Test
        @DisplayName("a misspelt resource fails instead of passing silently")
        void misspeltResourceFails() {
            assertThatThrownBy(() -> LambdaLayoutRules.resourceUsesNoOtherResource(ROOT, "habbits").check(REAL))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("failed to check any classes");
        }

        @Test
        @DisplayName("a misspelt adapter fails instead of passing silently")
        void misspeltAdapterFails() {
            assertThatThrownBy(() -> AdapterRules.adapterUsesOnly(ROOT, "persistance").check(REAL))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("failed to check any classes");
        }
    }
}
