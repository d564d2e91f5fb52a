package org.habittracker.adapters.lambda.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * compose/Dockerfile and its .dockerignore, read as files (there is no container engine to ask): which files of
 * the repository reach the stage that runs Maven, and which images and flags that stage builds with.
 *
 * <p>The .dockerignore is matched as Docker does: a pattern excludes a path when it matches the path or one of
 * its parent directories, {@code **} spans directories, and the last pattern that matches decides, so a
 * {@code !pattern} can take a file back.
 */
record DockerBuild(List<IgnoreRule> ignoreRules, List<Stage> stages) {

    record IgnoreRule(String pattern, Pattern regex, boolean excludes) {
    }

    /** A FROM and what follows it up to the next FROM; {@code image} has its ARG defaults substituted. */
    record Stage(String image, Optional<String> name, List<String> instructions) {

        /** The sources of the COPY (and ADD) lines that take files from the build context, not from a stage. */
        List<String> contextSources() {
            List<String> sources = new ArrayList<>();
            for (String instruction : instructions) {
                Matcher copy = Pattern.compile("^(?:COPY|ADD)\\s+(.*)$", Pattern.DOTALL).matcher(instruction);
                if (copy.matches() && !copy.group(1).contains("--from=")) {
                    List<String> words = new ArrayList<>(List.of(copy.group(1).trim().split("\\s+")));
                    words.removeIf(word -> word.startsWith("--"));
                    sources.addAll(words.subList(0, words.size() - 1)); // the last word is the destination
                }
            }
            return sources;
        }

        Optional<String> run(String containing) {
            return instructions.stream().filter(i -> i.startsWith("RUN ") && i.contains(containing)).findFirst();
        }
    }

    static DockerBuild load(Path dockerfile, Path dockerignore) {
        return parse(read(dockerfile), read(dockerignore));
    }

    static DockerBuild parse(String dockerfile, String dockerignore) {
        return new DockerBuild(ignoreRules(dockerignore), stages(dockerfile));
    }

    /** Whether a path of the build context (relative, with "/") is left out by the .dockerignore. */
    boolean ignored(String path) {
        boolean ignored = false;
        for (IgnoreRule rule : ignoreRules) {
            if (matchesItselfOrAParent(rule.regex(), path)) {
                ignored = rule.excludes();
            }
        }
        return ignored;
    }

    Optional<IgnoreRule> excludingRule(String path) {
        IgnoreRule deciding = null;
        for (IgnoreRule rule : ignoreRules) {
            if (matchesItselfOrAParent(rule.regex(), path)) {
                deciding = rule;
            }
        }
        return Optional.ofNullable(deciding).filter(IgnoreRule::excludes);
    }

    /** The stage whose RUN instruction holds the given text (e.g. the one that runs ./mvnw). */
    Optional<Stage> stageRunning(String command) {
        return stages.stream().filter(stage -> stage.run(command).isPresent()).findFirst();
    }

    Stage finalStage() {
        return stages.get(stages.size() - 1);
    }

    private static boolean matchesItselfOrAParent(Pattern regex, String path) {
        for (String candidate = path; !candidate.isEmpty();
                candidate = candidate.contains("/") ? candidate.substring(0, candidate.lastIndexOf('/')) : "") {
            if (regex.matcher(candidate).matches()) {
                return true;
            }
        }
        return false;
    }

    private static List<IgnoreRule> ignoreRules(String dockerignore) {
        List<IgnoreRule> rules = new ArrayList<>();
        for (String raw : dockerignore.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean excludes = !line.startsWith("!");
            String pattern = (excludes ? line : line.substring(1)).strip().replaceAll("^/+|/+$", "");
            rules.add(new IgnoreRule(line, glob(pattern), excludes));
        }
        return rules;
    }

    /** Go's filepath.Match syntax plus Docker's "**"; "*" and "?" stop at "/". */
    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (pattern.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (pattern.startsWith("**", i)) {
                regex.append(".*");
                i += 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static List<Stage> stages(String dockerfile) {
        Map<String, String> args = new LinkedHashMap<>();
        List<Stage> stages = new ArrayList<>();
        String image = null;
        Optional<String> name = Optional.empty();
        List<String> instructions = new ArrayList<>();
        for (String instruction : instructions(dockerfile)) {
            Matcher arg = Pattern.compile("^ARG\\s+(\\w+)=(\\S+)$").matcher(instruction);
            Matcher from = Pattern.compile("^FROM\\s+(\\S+)(?:\\s+AS\\s+(\\S+))?$", Pattern.CASE_INSENSITIVE)
                    .matcher(instruction);
            if (image == null && arg.matches()) {
                args.put(arg.group(1), arg.group(2));
            } else if (from.matches()) {
                if (image != null) {
                    stages.add(new Stage(image, name, List.copyOf(instructions)));
                }
                image = substitute(from.group(1), args);
                name = Optional.ofNullable(from.group(2));
                instructions.clear();
            } else if (image != null) {
                instructions.add(instruction);
            }
        }
        if (image == null) {
            throw new IllegalArgumentException("the Dockerfile has no FROM");
        }
        stages.add(new Stage(image, name, List.copyOf(instructions)));
        return stages;
    }

    private static String substitute(String image, Map<String, String> args) {
        String result = image;
        for (var arg : args.entrySet()) {
            result = result.replace("${" + arg.getKey() + "}", arg.getValue()).replace("$" + arg.getKey(), arg.getValue());
        }
        return result;
    }

    /** One string per instruction: comments and the parser directive dropped, continued lines joined. */
    private static List<String> instructions(String dockerfile) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : dockerfile.split("\n")) {
            if (line.strip().startsWith("#") || (current.isEmpty() && line.isBlank())) {
                continue;
            }
            boolean continues = line.endsWith("\\");
            current.append(continues ? line.substring(0, line.length() - 1) : line).append(' ');
            if (!continues) {
                result.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            result.add(current.toString().strip());
        }
        return result;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
