package org.habittracker.application.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.habittracker.application.architecture.LayeringRules.ROOT;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The real code keeps every layering rule, and every rule rejects a fixture that breaks it (a rule that
 * cannot fail checks nothing).
 */
class LayeringRulesTest {
    private static final String FIXTURES = "org.habittracker.application.architecture.fixture";
    private static final JavaClasses REAL = LayeringRules.productionClasses(ROOT);
    private static final JavaClasses ALL_FIXTURES = new ClassFileImporter().importPackages(FIXTURES);

    private static JavaClasses fixture(String name) {
        return ALL_FIXTURES.that(JavaClass.Predicates.resideInAPackage(root(name) + ".."));
    }

    private static String root(String fixture) {
        return FIXTURES + "." + fixture;
    }

    @Nested
    @DisplayName("the real code")
    class RealCode {

        @Test
        @DisplayName("is imported from both modules, without any test classes")
        void importsProductionClassesOnly() {
            assertThat(REAL.contain("org.habittracker.domain.habit.Habit")).isTrue();
            assertThat(REAL.contain("org.habittracker.application.service.habit.ManageHabitsService")).isTrue();
            assertThat(REAL.stream().map(JavaClass::getPackageName))
                    .noneMatch(name -> name.startsWith(FIXTURES))
                    .noneMatch(name -> name.endsWith(".testing") || name.endsWith(".contract"));
        }

        @Test
        @DisplayName("keeps the domain on the JDK alone")
        void domainOnJdk() {
            LayeringRules.domainDependsOnlyOnTheJdk(ROOT).check(REAL);
        }

        @Test
        @DisplayName("keeps the application on the domain, the JDK and the validation API")
        void applicationOnDomainJdkValidation() {
            LayeringRules.applicationDependsOnlyOnDomainJdkAndValidation(ROOT).check(REAL);
        }

        @Test
        @DisplayName("keeps the ports free of services")
        void portsFreeOfServices() {
            LayeringRules.portsDoNotDependOnServices(ROOT).check(REAL);
        }

        @Test
        @DisplayName("groups the inbound ports by resource")
        void inboundPortsGrouped() {
            LayeringRules.inboundPortsAreGroupedByResource(ROOT).check(REAL);
        }

        @Test
        @DisplayName("groups the services by resource")
        void servicesGrouped() {
            LayeringRules.servicesAreGroupedByResource(ROOT).check(REAL);
        }

        @Test
        @DisplayName("implements every XUseCase by an XService of the same resource")
        void useCasesPaired() {
            LayeringRules.useCasesPairWithTheirServices(ROOT).check(REAL);
        }

        @Test
        @DisplayName("has no cycle between top-level packages")
        void noTopLevelCycles() {
            LayeringRules.noCyclesBetweenTopLevelPackages(ROOT).check(REAL);
        }

        @Test
        @DisplayName("has no cycle between the domain's packages")
        void noDomainCycles() {
            LayeringRules.noCyclesWithinTheDomain(ROOT).check(REAL);
        }

        @Test
        @DisplayName("has no cycle between the application's packages")
        void noApplicationCycles() {
            LayeringRules.noCyclesWithinTheApplication(ROOT).check(REAL);
        }

        @Test
        @DisplayName("keeps all the core rules together")
        void coreRules() {
            assertThat(LayeringRules.coreRules(ROOT)).hasSize(9)
                    .allSatisfy(rule -> assertThatCode(() -> rule.check(REAL)).doesNotThrowAnyException());
        }
    }

    @Nested
    @DisplayName("each rule rejects a fixture that breaks it")
    class Fixtures {

        @Test
        @DisplayName("a domain class using a library, and only that class")
        void domainUsingALibrary() {
            ArchRule rule = LayeringRules.domainDependsOnlyOnTheJdk(root("baddomain"));

            assertThatThrownBy(() -> rule.check(fixture("baddomain")))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("DomainWithAnnotation")
                    .hasMessageContaining("jakarta.validation.constraints.NotNull")
                    .hasMessageNotContaining("PureDomainValue");
        }

        @Test
        @DisplayName("an application class using an implementation library")
        void applicationUsingALibrary() {
            ArchRule rule = LayeringRules.applicationDependsOnlyOnDomainJdkAndValidation(root("badapplication"));

            assertThatThrownBy(() -> rule.check(fixture("badapplication")))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("ServiceUsingALibrary")
                    .hasMessageContaining("org.hibernate.validator.HibernateValidator");
        }

        @Test
        @DisplayName("a port naming a service")
        void portNamingAService() {
            ArchRule rule = LayeringRules.portsDoNotDependOnServices(root("portusesservice"));

            assertThatThrownBy(() -> rule.check(fixture("portusesservice")))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("PortNamingAService")
                    .hasMessageContaining("SomeService");
        }

        @Test
        @DisplayName("a command loose in port.in, and only that one")
        void looseInboundPort() {
            ArchRule rule = LayeringRules.inboundPortsAreGroupedByResource(root("looseport"));

            assertThatThrownBy(() -> rule.check(fixture("looseport")))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("LooseCommand")
                    .hasMessageNotContaining("GroupedCommand");
        }

        @Test
        @DisplayName("a service beside the wiring, and only that one")
        void looseService() {
            ArchRule rule = LayeringRules.servicesAreGroupedByResource(root("looseservice"));

            assertThatThrownBy(() -> rule.check(fixture("looseservice")))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("LooseService")
                    .hasMessageNotContaining("Wiring")
                    .hasMessageNotContaining("GroupedService");
        }

        @Test
        @DisplayName("a use case whose service has another name, or lies under another resource")
        void unpairedUseCase() {
            ArchRule rule = LayeringRules.useCasesPairWithTheirServices(root("unpaired"));

            assertThatThrownBy(() -> rule.check(fixture("unpaired")))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("ManageThingsUseCase is not implemented by")
                    .hasMessageContaining("PauseThingsUseCase is not implemented by")
                    .hasMessageNotContaining("ResumeThingsUseCase");
        }

        @Test
        @DisplayName("two top-level packages using each other")
        void topLevelCycle() {
            ArchRule rule = LayeringRules.noCyclesBetweenTopLevelPackages(root("modulecycle"));

            assertThatThrownBy(() -> rule.check(fixture("modulecycle")))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Cycle detected");
        }

        @Test
        @DisplayName("two domain packages using each other")
        void domainCycle() {
            ArchRule rule = LayeringRules.noCyclesWithinTheDomain(root("domaincycle"));

            assertThatThrownBy(() -> rule.check(fixture("domaincycle")))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Cycle detected");
        }

        @Test
        @DisplayName("two application packages using each other")
        void applicationCycle() {
            ArchRule rule = LayeringRules.noCyclesWithinTheApplication(root("applicationcycle"));

            assertThatThrownBy(() -> rule.check(fixture("applicationcycle")))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Cycle detected");
        }

        @Test
        @DisplayName("two adapters using each other")
        void adapterCycle() {
            ArchRule rule = LayeringRules.noCyclesBetweenAdapters(root("adaptercycle"));

            assertThatThrownBy(() -> rule.check(fixture("adaptercycle")))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Cycle detected");
        }
    }

    @Nested
    @DisplayName("a misspelt package fails instead of passing silently")
    class FailOnEmptyShould {

        @Test
        @DisplayName("for a dependency rule")
        void dependencyRule() {
            assertThatThrownBy(() -> LayeringRules.domainDependsOnlyOnTheJdk("org.habittracker.domian").check(REAL))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("failed to check any classes");
        }

        @Test
        @DisplayName("for a negated dependency rule")
        void negatedRule() {
            assertThatThrownBy(() -> LayeringRules.portsDoNotDependOnServices("org.habbittracker").check(REAL))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("failed to check any classes");
        }

        @Test
        @DisplayName("for a cycle rule")
        void cycleRule() {
            assertThatThrownBy(() -> LayeringRules.noCyclesBetweenAdapters(ROOT).check(REAL))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("failed to check any");
        }
    }
}
