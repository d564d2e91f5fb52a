package org.habittracker.adapters.lambda.config;

import java.util.List;

/** The environment is wrong; the message names every bad or missing variable at once. */
public final class ConfigurationException extends RuntimeException {

    private final transient List<String> problems;

    public ConfigurationException(List<String> problems) {
        super("bad configuration: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
