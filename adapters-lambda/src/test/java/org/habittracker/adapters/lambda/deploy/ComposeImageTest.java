package org.habittracker.adapters.lambda.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * compose/Dockerfile against the Maven build, read as files since no container engine runs here: what
 * {@code docker compose up --build} sends and runs must be able to build the root pom's reactor.
 */
@DisplayName("The image docker compose builds")
class ComposeImageTest {

    private static final Repository REPOSITORY = Repository.locate();
    private static final DockerBuild IMAGE = DockerBuild.load(REPOSITORY.dockerfile(), REPOSITORY.dockerignore());
    private static final List<String> MODULES = MavenBuild.modules(REPOSITORY.parentPom());

    @Test
    @DisplayName("receives every module the root pom lists in the stage that runs Maven")
    void buildContextHoldsEveryModule() {
        assertThat(MODULES).contains("bench", "webapp", "adapters-local-http");
        assertThat(DockerBuildRules.contextHoldsModules(IMAGE, MODULES)).isEmpty();
    }

    @Test
    @DisplayName("builds with a JDK and runs on a JRE at least as new as the release the build compiles for")
    void javaIsAsNewAsTheBuildsRelease() {
        MavenBuild build = MavenBuild.read(REPOSITORY.lambdaPom(), REPOSITORY.parentPom());

        assertThat(DockerBuildRules.javaVersions(IMAGE, build.compilerRelease())).isEmpty();
    }

    @Test
    @DisplayName("gives the build stage a Node at least as new as the webapp's engines ask")
    void nodeIsAsNewAsTheWebappAsks() throws IOException {
        String engines = new ObjectMapper().readTree(REPOSITORY.webappPackageJson().toFile()).path("engines")
                .path("node").asText();

        assertThat(DockerBuildRules.nodeVersion(IMAGE, engines)).isEmpty();
    }

    @Test
    @DisplayName("builds modules of the root pom, with the modules they depend on")
    void mavenBuildsReactorModules() {
        assertThat(DockerBuildRules.mavenCommand(IMAGE, MODULES)).isEmpty();
    }

    @Test
    @DisplayName("check refuses a .dockerignore that leaves out a module, even one the image does not build")
    void refusesAnIgnoredModule() {
        DockerBuild image = DockerBuild.parse(DOCKERFILE, "**/target\nbench\ndocs\n");

        assertThat(DockerBuildRules.contextHoldsModules(image, List.of("domain", "bench")))
                .containsExactly("module bench is left out of the build context by the .dockerignore line \"bench\", "
                        + "so Maven fails with \"Child module bench does not exist\"");
    }

    @Test
    @DisplayName("check accepts a module taken back with a ! line, and follows ** and the last matching line")
    void followsDockerIgnoreMatching() {
        DockerBuild image = DockerBuild.parse(DOCKERFILE, "bench/*\n!bench/pom.xml\n**/src\n");

        assertThat(image.ignored("bench/pom.xml")).isFalse();
        assertThat(image.ignored("bench/load/run.sh")).isTrue();
        assertThat(image.ignored("domain/src/main/java/A.java")).isTrue();
        assertThat(image.ignored("domain/pom.xml")).isFalse();
        assertThat(DockerBuildRules.contextHoldsModules(image, List.of("domain", "bench"))).isEmpty();
    }

    @Test
    @DisplayName("check refuses a build stage that copies only some modules")
    void refusesAModuleNotCopied() {
        DockerBuild image = DockerBuild.parse(DOCKERFILE.replace("COPY . .", "COPY pom.xml mvnw ./\nCOPY domain/ domain/"), "");

        assertThat(DockerBuildRules.contextHoldsModules(image, List.of("domain", "bench")))
                .containsExactly("module bench is not copied into the build stage (its COPY sources are "
                        + "[pom.xml, mvnw, domain/])");
    }

    @Test
    @DisplayName("check refuses a JDK or JRE older than the release, and a Node older than the webapp's engines")
    void refusesOldToolchains() {
        DockerBuild image = DockerBuild.parse(DOCKERFILE.replace("21-jdk", "17-jdk").replace("21-jre", "17-jre")
                .replace("node:22-bookworm-slim", "node:20.11-bookworm-slim"), "");

        assertThat(DockerBuildRules.javaVersions(image, 21)).containsExactly(
                "the image eclipse-temurin:17-jdk-noble has Java 17, but the build compiles for release 21",
                "the image eclipse-temurin:17-jre-noble has Java 17, but the build compiles for release 21");
        assertThat(DockerBuildRules.nodeVersion(image, ">=20.19.0")).containsExactly(
                "the build stage's Node comes from node:20.11-bookworm-slim, older than the webapp's >=20.19.0");
    }

    @Test
    @DisplayName("check refuses a Maven command naming a module the root pom lacks, or one without -am")
    void refusesAWrongMavenCommand() {
        DockerBuild image = DockerBuild.parse(DOCKERFILE.replace("-pl webapp,adapters-local-http -am", "-pl web,adapters-local-http"), "");

        assertThat(DockerBuildRules.mavenCommand(image, List.of("webapp", "adapters-local-http"))).containsExactly(
                "the image builds -pl web, which the root pom does not list as a module",
                "the image builds -pl web,adapters-local-http without -am, so the modules they depend on would be "
                        + "looked up in a repository instead of built");
    }

    /** The shape of compose/Dockerfile, for the checks to be fed wrong variants of. */
    private static final String DOCKERFILE = """
            # syntax=docker/dockerfile:1.7
            ARG JDK_IMAGE=eclipse-temurin:21-jdk-noble
            ARG JRE_IMAGE=eclipse-temurin:21-jre-noble
            ARG NODE_IMAGE=node:22-bookworm-slim
            FROM ${NODE_IMAGE} AS node
            FROM ${JDK_IMAGE} AS build
            COPY --from=node /usr/local/bin/node /usr/local/bin/node
            WORKDIR /src
            COPY . .
            RUN --mount=type=cache,target=/root/.m2 \\
                ./mvnw -B -ntp -DskipTests -pl webapp,adapters-local-http -am package
            FROM ${JRE_IMAGE}
            COPY --from=build /out/app.jar /opt/habit-tracker/app.jar
            """;
}
