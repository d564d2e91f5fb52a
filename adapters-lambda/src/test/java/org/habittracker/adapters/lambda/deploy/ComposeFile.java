package org.habittracker.adapters.lambda.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The {@code app} service of a Docker Compose file: its environment and published ports. */
record ComposeFile(Map<String, String> appEnvironment, List<String> appPorts) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static ComposeFile load(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ComposeFile parse(String yaml) {
        JsonNode app;
        try {
            app = YAML.readTree(yaml).path("services").path("app");
        } catch (IOException e) {
            throw new IllegalArgumentException("not YAML: " + e.getMessage(), e);
        }
        if (app.isMissingNode()) {
            throw new IllegalArgumentException("the compose file has no services.app");
        }
        // Compose accepts the environment as a map or as a list of NAME=value strings.
        Map<String, String> environment = new LinkedHashMap<>();
        JsonNode env = app.path("environment");
        if (env.isObject()) {
            env.properties().forEach(e -> environment.put(e.getKey(), e.getValue().asText()));
        } else if (env.isArray()) {
            env.forEach(item -> {
                String[] pair = item.asText().split("=", 2);
                environment.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
        }
        List<String> ports = new ArrayList<>();
        app.path("ports").forEach(port -> ports.add(port.isObject() ? port.path("target").asText() : port.asText()));
        return new ComposeFile(environment, ports);
    }

    /** The container side of each published port ("127.0.0.1:8080:8080" gives 8080). */
    List<String> containerPorts() {
        return appPorts.stream().map(p -> p.substring(p.lastIndexOf(':') + 1).replaceAll("/.*$", "")).toList();
    }
}
