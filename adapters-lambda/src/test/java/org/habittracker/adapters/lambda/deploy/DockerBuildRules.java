package org.habittracker.adapters.lambda.deploy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that tie compose/Dockerfile and its .dockerignore to the Maven build: each returns the problems it
 * finds as sentences, an empty list when the files agree (the style of {@link DeploymentRules}).
 */
final class DockerBuildRules {

    /** What the build stage's RUN instruction starts Maven with. */
    static final String MAVEN = "./mvnw";

    private DockerBuildRules() {
    }

    /**
     * Every module of the root pom reaches the stage that runs Maven: not left out by the .dockerignore, and
     * copied in by a COPY line. Maven reads every module's pom before it narrows the build to {@code -pl}.
     */
    static List<String> contextHoldsModules(DockerBuild build, Collection<String> modules) {
        Optional<DockerBuild.Stage> stage = build.stageRunning(MAVEN);
        if (stage.isEmpty()) {
            return List.of("no stage of the Dockerfile runs " + MAVEN);
        }
        List<String> sources = stage.get().contextSources();
        List<String> problems = new ArrayList<>();
        for (String module : modules) {
            String pom = module + "/pom.xml";
            build.excludingRule(pom).ifPresent(rule -> problems.add("module " + module + " is left out of the build "
                    + "context by the .dockerignore line \"" + rule.pattern() + "\", so Maven fails with \"Child module "
                    + module + " does not exist\""));
            if (sources.stream().noneMatch(source -> covers(source, pom))) {
                problems.add("module " + module + " is not copied into the build stage (its COPY sources are "
                        + sources + ")");
            }
        }
        return problems;
    }

    /** The build stage has a JDK of at least the release the build compiles for; the final stage a Java as new. */
    static List<String> javaVersions(DockerBuild build, int compilerRelease) {
        Optional<DockerBuild.Stage> stage = build.stageRunning(MAVEN);
        if (stage.isEmpty()) {
            return List.of("no stage of the Dockerfile runs " + MAVEN);
        }
        List<String> problems = new ArrayList<>();
        javaImage(stage.get().image(), List.of("jdk"), compilerRelease).ifPresent(problems::add);
        javaImage(build.finalStage().image(), List.of("jre", "jdk"), compilerRelease).ifPresent(problems::add);
        return problems;
    }

    /**
     * The build stage gets Node and npm (the webapp module runs them) from a Node image at least as new as
     * the webapp's "engines" asks, e.g. ">=20.19.0".
     */
    static List<String> nodeVersion(DockerBuild build, String enginesNode) {
        Matcher required = Pattern.compile(">=\\s*(\\d+)\\.(\\d+)").matcher(enginesNode);
        if (!required.find()) {
            return List.of("the webapp's engines.node \"" + enginesNode + "\" is not of the form >=major.minor");
        }
        int major = Integer.parseInt(required.group(1));
        int minor = Integer.parseInt(required.group(2));
        Optional<DockerBuild.Stage> stage = build.stageRunning(MAVEN);
        if (stage.isEmpty()) {
            return List.of("no stage of the Dockerfile runs " + MAVEN);
        }
        Optional<DockerBuild.Stage> node = build.stages().stream().filter(s -> s.image().startsWith("node:"))
                .filter(s -> s.name().isPresent() && stage.get().instructions().stream()
                        .anyMatch(i -> i.startsWith("COPY --from=" + s.name().get() + " ") && i.contains("/bin/node")))
                .findFirst();
        if (node.isEmpty()) {
            return List.of("the build stage copies node from no node:<version> stage, but the webapp module runs npm");
        }
        Matcher tag = Pattern.compile("^node:(\\d+)(?:\\.(\\d+))?").matcher(node.get().image());
        if (!tag.find()) {
            return List.of("the Node image " + node.get().image() + " names no major version");
        }
        int imageMajor = Integer.parseInt(tag.group(1));
        // node:20 without a minor is the newest 20.x, which is past 20.19; an explicit older minor is not.
        int imageMinor = tag.group(2) == null ? Integer.MAX_VALUE : Integer.parseInt(tag.group(2));
        if (imageMajor < major || (imageMajor == major && imageMinor < minor)) {
            return List.of("the build stage's Node comes from " + node.get().image() + ", older than the webapp's "
                    + enginesNode);
        }
        return List.of();
    }

    /** The modules Maven is told to build exist, and -am builds what they depend on from the same sources. */
    static List<String> mavenCommand(DockerBuild build, Collection<String> modules) {
        Optional<String> run = build.stageRunning(MAVEN).flatMap(stage -> stage.run(MAVEN));
        if (run.isEmpty()) {
            return List.of("no stage of the Dockerfile runs " + MAVEN);
        }
        List<String> problems = new ArrayList<>();
        Matcher projects = Pattern.compile("\\s-pl\\s+(\\S+)").matcher(run.get());
        if (projects.find()) {
            Arrays.stream(projects.group(1).split(",")).filter(module -> !modules.contains(module))
                    .forEach(module -> problems.add("the image builds -pl " + module + ", which the root pom does not "
                            + "list as a module"));
            if (!Pattern.compile("\\s-am(\\s|$)").matcher(run.get()).find()) {
                problems.add("the image builds -pl " + projects.group(1) + " without -am, so the modules they depend "
                        + "on would be looked up in a repository instead of built");
            }
        }
        return problems;
    }

    /** A problem unless the image is one of the kinds (its name says "jdk" or "jre") with a tag major >= release. */
    private static Optional<String> javaImage(String image, List<String> kinds, int release) {
        Matcher tag = Pattern.compile(":(\\d+)[.-]").matcher(image + "-");
        if (kinds.stream().noneMatch(image::contains) || !tag.find()) {
            return Optional.of("the image " + image + " is not a " + String.join(" or ", kinds).toUpperCase()
                    + " with a major version in its tag");
        }
        int major = Integer.parseInt(tag.group(1));
        return major < release ? Optional.of("the image " + image + " has Java " + major + ", but the build compiles "
                + "for release " + release) : Optional.empty();
    }

    /** A COPY source "." (or "./") takes the whole context; "dir" or "dir/" takes what is below it. */
    private static boolean covers(String source, String path) {
        String normalized = source.replaceAll("^\\./?", "").replaceAll("/+$", "");
        return normalized.isEmpty() || path.equals(normalized) || path.startsWith(normalized + "/");
    }
}
