package org.habittracker.adapters.lambda.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import com.bertramlabs.plugins.hcl4j.HCLParserException;

/**
 * A Terraform module, environment or snippet as hcl4j reads it. Every {@code .tf} file of a directory is
 * parsed as one text, as Terraform treats a directory as one namespace; that also lets hcl4j resolve
 * {@code var.x} to the variable's default. Expressions hcl4j cannot evaluate (module outputs, most
 * functions) come back as {@code null} or as their source text; the checks here only read literals and
 * map keys, which it keeps.
 */
final class TerraformConfiguration {

    static {
        // hcl4j logs at ERROR every expression it cannot evaluate (for-expressions over resources, most
        // functions); that is expected here, and a real parse error still fails as an exception.
        System.setProperty("org.slf4j.simpleLogger.log.com.bertramlabs.plugins.hcl4j", "off");
    }

    private final String source;
    private final Map<String, Object> root;

    private TerraformConfiguration(String source, Map<String, Object> root) {
        this.source = source;
        this.root = root;
    }

    static TerraformConfiguration load(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            String text = files.filter(f -> f.getFileName().toString().endsWith(".tf")).sorted()
                    .map(TerraformConfiguration::read).collect(Collectors.joining("\n"));
            if (text.isBlank()) {
                throw new IllegalArgumentException("no .tf files in " + directory);
            }
            return parse(directory.toString(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TerraformConfiguration parse(String hcl) {
        return parse("snippet", hcl);
    }

    private static TerraformConfiguration parse(String source, String hcl) {
        try {
            // Strict: an expression hcl4j cannot parse fails the test instead of vanishing silently.
            return new TerraformConfiguration(source, new HCLParser().parse(hcl, false));
        } catch (HCLParserException | IOException e) {
            throw new IllegalArgumentException("hcl4j cannot parse " + source + ": " + e.getMessage(), e);
        }
    }

    String source() {
        return source;
    }

    /** Resources of one type, by name. */
    Map<String, Map<String, Object>> resources(String type) {
        return children(map(root.get("resource")).get(type));
    }

    Optional<Object> variableDefault(String name) {
        return Optional.ofNullable(map(map(root.get("variable")).get(name)).get("default"));
    }

    /** The names of the variables the configuration declares. */
    Set<String> variables() {
        return map(root.get("variable")).keySet();
    }

    /** Module calls, by name. */
    Map<String, Map<String, Object>> modules() {
        return children(root.get("module"));
    }

    Optional<Map<String, Object>> module(String name) {
        return Optional.ofNullable(modules().get(name));
    }

    /** Blocks of one kind inside a block: hcl4j gives one block as a map and repeated blocks as a list. */
    static List<Map<String, Object>> blocks(Map<String, Object> parent, String kind) {
        Object value = parent.get(kind);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(TerraformConfiguration::map).toList();
        }
        return List.of(map(value));
    }

    static Optional<String> string(Map<String, Object> block, String attribute) {
        return block.get(attribute) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    static List<String> strings(Map<String, Object> block, String attribute) {
        if (block.get(attribute) instanceof List<?> list) {
            return list.stream().map(item -> item instanceof String s ? s : String.valueOf(item)).toList();
        }
        return List.of();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("expected a block or map but found " + value);
    }

    private static Map<String, Map<String, Object>> children(Object value) {
        Map<String, Map<String, Object>> children = new LinkedHashMap<>();
        map(value).forEach((name, child) -> children.put(name, map(child)));
        return children;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
