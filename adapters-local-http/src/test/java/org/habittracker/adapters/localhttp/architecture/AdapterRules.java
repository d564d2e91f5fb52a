package org.habittracker.adapters.localhttp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which adapter may use which (ARCHITECTURE.md §1): persistence and cache use no other adapter; the Lambda
 * adapter, being the composition root, uses those two; the local server uses only the Lambda adapter (it
 * feeds the same handler). Each rule is a function of the root package so a fixture can prove it fails.
 */
final class AdapterRules {
    static final List<String> ADAPTERS = List.of("persistence", "cache", "lambda", "localhttp");

    private AdapterRules() {
    }

    static ArchRule adapterUsesOnly(String root, String adapter, String... allowedAdapters) {
        Set<String> allowed = Set.of(allowedAdapters);
        String[] forbidden = ADAPTERS.stream()
                .filter(other -> !other.equals(adapter) && !allowed.contains(other))
                .map(other -> root + ".adapters." + other + "..")
                .toArray(String[]::new);
        String because = allowed.isEmpty() ? "an adapter depends inward only (ARCHITECTURE.md §1)"
                : "only " + String.join(" and ", allowed) + " may be used by the " + adapter + " adapter (ARCHITECTURE.md §1)";
        return noClasses().that().resideInAPackage(root + ".adapters." + adapter + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .because(because);
    }

    static List<ArchRule> all(String root) {
        return Stream.of(
                adapterUsesOnly(root, "persistence"),
                adapterUsesOnly(root, "cache"),
                adapterUsesOnly(root, "lambda", "persistence", "cache"),
                adapterUsesOnly(root, "localhttp", "lambda"))
                .toList();
    }
}
