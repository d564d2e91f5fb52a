package org.habittracker.application.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The layering of ARCHITECTURE.md §1 as ArchUnit rules, each a function of the root package so that a test can
 * prove it rejects a fixture laid out like the real code under another root. Shared through the
 * application's test-jar: the outermost adapter module checks every module with them.
 *
 * <p>{@code failOnEmptyShould} stays on (ArchUnit's default): a rule whose packages match no class fails
 * instead of passing silently, so a misspelt package cannot turn a rule off.
 */
public final class LayeringRules {
    /** The root of the real code. */
    public static final String ROOT = "org.habittracker";

    private LayeringRules() {
    }

    /** The domain is pure Java: it needs nothing but itself and the JDK. */
    public static ArchRule domainDependsOnlyOnTheJdk(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".domain..", "java..")
                .because("the domain is pure Java 21 (ARCHITECTURE.md §2)");
    }

    /** The application needs only the domain, the JDK and the validation API's annotations. */
    public static ArchRule applicationDependsOnlyOnDomainJdkAndValidation(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(root + ".application..", root + ".domain..", "java..", "jakarta.validation..")
                .because("adapters depend on the application, never the other way round (ARCHITECTURE.md §1)");
    }

    /** Ports are the contract; services implement it, so a port never names a service. */
    public static ArchRule portsDoNotDependOnServices(String root) {
        return noClasses().that().resideInAPackage(root + ".application..port..")
                .should().dependOnClassesThat().resideInAPackage(root + ".application..service..")
                .because("ports are the stable contract the services and adapters meet");
    }

    /**
     * Inbound ports are grouped by the resource they serve ({@code port.in.habit}, {@code port.in.auth} …):
     * nothing lies loose in {@code port.in} itself.
     */
    public static ArchRule inboundPortsAreGroupedByResource(String root) {
        return noClasses().should().resideInAPackage(root + ".application.port.in")
                .because("a use case, its commands and its results are found under the name of their resource");
    }

    /**
     * Services are grouped by resource too ({@code service.habit} …); the {@code service} package itself
     * holds only the wiring, and {@code service.shared} what every resource uses.
     */
    public static ArchRule servicesAreGroupedByResource(String root) {
        return noClasses().that().resideInAPackage(root + ".application.service")
                .should().haveSimpleNameEndingWith("Service")
                .because("a service is found beside the others of its resource, as its use case is");
    }

    /**
     * Each {@code XUseCase} is implemented by an {@code XService} in the service package of the same
     * resource ({@code port.in.habit.ManageHabitsUseCase} by {@code service.habit.ManageHabitsService}), so the
     * name of either leads to the other.
     */
    public static ArchRule useCasesPairWithTheirServices(String root) {
        return classes().that().resideInAPackage(root + ".application.port.in..")
                .and().haveSimpleNameEndingWith("UseCase")
                .should(beImplementedByTheirNamesakeService())
                .because("use-case names pair with their services (XUseCase → XService)");
    }

    private static ArchCondition<JavaClass> beImplementedByTheirNamesakeService() {
        return new ArchCondition<>("be implemented by the service of the same name in the same resource") {
            @Override
            public void check(JavaClass useCase, ConditionEvents events) {
                String name = useCase.getSimpleName().replaceFirst("UseCase$", "Service");
                String pkg = useCase.getPackageName().replace(".port.in", ".service");
                boolean paired = useCase.getAllSubclasses().stream()
                        .anyMatch(c -> c.getSimpleName().equals(name) && c.getPackageName().equals(pkg));
                events.add(new SimpleConditionEvent(useCase, paired,
                        useCase.getName() + (paired ? " is" : " is not") + " implemented by " + pkg + "." + name));
            }
        };
    }

    /** No cycles between the top-level packages (domain, application, adapters). */
    public static ArchRule noCyclesBetweenTopLevelPackages(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** No cycles between the domain's packages (habit, checkin, progress, user, shared). */
    public static ArchRule noCyclesWithinTheDomain(String root) {
        return slices().matching(root + ".domain.(*)..").should().beFreeOfCycles();
    }

    /** No cycles between the application's packages (port, service, error). */
    public static ArchRule noCyclesWithinTheApplication(String root) {
        return slices().matching(root + ".application.(*)..").should().beFreeOfCycles();
    }

    /** No cycles between adapters: only the composition root may use another adapter. */
    public static ArchRule noCyclesBetweenAdapters(String root) {
        return slices().matching(root + ".adapters.(*)..").should().beFreeOfCycles();
    }

    /** Every rule that holds for the domain and application modules. */
    public static List<ArchRule> coreRules(String root) {
        return List.of(domainDependsOnlyOnTheJdk(root), applicationDependsOnlyOnDomainJdkAndValidation(root),
                portsDoNotDependOnServices(root), inboundPortsAreGroupedByResource(root),
                servicesAreGroupedByResource(root), useCasesPairWithTheirServices(root), noCyclesBetweenTopLevelPackages(root),
                noCyclesWithinTheDomain(root), noCyclesWithinTheApplication(root));
    }

    /**
     * The production classes under the packages, from directories and jars on the class path, without
     * test classes: neither {@code target/test-classes} nor a {@code -tests.jar} (this one holds fixtures
     * that break the rules on purpose).
     */
    public static JavaClasses productionClasses(String... packages) {
        return new ClassFileImporter().withImportOption(new DoNotIncludeTestCode()).importPackages(packages);
    }

    /** Leaves out Maven's test output, as a directory or as a test-jar. */
    public static final class DoNotIncludeTestCode implements ImportOption {
        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.matches(TEST_JAR);
        }
    }
}
