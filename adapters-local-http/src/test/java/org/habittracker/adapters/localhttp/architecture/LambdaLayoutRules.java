package org.habittracker.adapters.localhttp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The layout of the Lambda adapter (issue 12): the database and Redis are the persistence and cache adapters'
 * business, so no class of it touches their libraries; and each API resource has a package of its own, holding
 * its endpoints and its JSON, that no other resource package reaches into (what they share lives in the HTTP
 * core, {@code http}, and the shared JSON vocabulary, {@code json}). Functions of the root package, so a fixture
 * can prove each rule fails.
 */
final class LambdaLayoutRules {
    /** The driver, the pool, the migrations, Redis's client and the SQL mapper: none is the Lambda adapter's. */
    static final List<String> DATA_LIBRARIES =
            List.of("org.postgresql..", "com.zaxxer..", "org.flywaydb..", "io.lettuce..", "org.jdbi..");
    /** One package per API resource. */
    static final List<String> RESOURCES =
            List.of("habits", "checkins", "progress", "pauses", "reminders", "auth", "tokens", "data", "health");

    private LambdaLayoutRules() {
    }

    static ArchRule noDataLibraries(String root) {
        return noClasses().that().resideInAPackage(root + ".adapters.lambda..")
                .should().dependOnClassesThat().resideInAnyPackage(DATA_LIBRARIES.toArray(String[]::new))
                .because("PostgreSQL, Flyway, HikariCP, JDBI and Lettuce belong to the persistence and cache adapters");
    }

    static ArchRule resourceUsesNoOtherResource(String root, String resource) {
        String[] others = RESOURCES.stream().filter(other -> !other.equals(resource))
                .map(other -> root + ".adapters.lambda." + other + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(root + ".adapters.lambda." + resource + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("a resource package holds its own endpoints and JSON; what resources share is in http or json");
    }

    /**
     * The Web Push adapter ({@code webpush}, issue 17) is an outbound adapter inside the Lambda module: it meets
     * the core at the {@code PushDelivery} port and needs nothing but the JDK, so no resource, HTTP or JSON
     * code of the API reaches it and it reaches none of them.
     */
    static ArchRule webPushSpeaksOnlyThePort(String root) {
        return classes().that().resideInAPackage(root + ".adapters.lambda.webpush..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..",
                        root + ".application.port.out..", root + ".adapters.lambda.webpush..")
                .because("Web Push is an outbound adapter: the PushDelivery port and the JDK's crypto and HTTP client");
    }

    static List<ArchRule> all(String root) {
        List<ArchRule> rules = new java.util.ArrayList<>();
        rules.add(noDataLibraries(root));
        rules.add(webPushSpeaksOnlyThePort(root));
        RESOURCES.forEach(resource -> rules.add(resourceUsesNoOtherResource(root, resource)));
        return List.copyOf(rules);
    }
}
