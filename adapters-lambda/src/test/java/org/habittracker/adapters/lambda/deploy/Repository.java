package org.habittracker.adapters.lambda.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the deployment files are, found from the module the tests run in (Surefire's basedir). */
record Repository(Path root) {

    static Repository locate() {
        Path start = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("iac")) && Files.isRegularFile(dir.resolve("adapters-lambda/pom.xml"))) {
                return new Repository(dir);
            }
        }
        throw new IllegalStateException("no directory holding iac/ and adapters-lambda/pom.xml above " + start);
    }

    Path computeModule() {
        return root.resolve("iac/modules/compute");
    }

    /** The composition of all modules that every environment calls once. */
    Path stackModule() {
        return root.resolve("iac/modules/stack");
    }

    Path edgeModule() {
        return root.resolve("iac/modules/edge");
    }

    /** iac/envs/staging, iac/envs/prod, ...: every root directory Terraform runs in. */
    List<Path> environments() {
        try (Stream<Path> dirs = Files.list(root.resolve("iac/envs"))) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path composeFile() {
        return root.resolve("compose/docker-compose.yml");
    }

    Path dockerfile() {
        return root.resolve("compose/Dockerfile");
    }

    /** BuildKit reads {@code <Dockerfile>.dockerignore} beside the Dockerfile instead of the context's .dockerignore. */
    Path dockerignore() {
        return root.resolve("compose/Dockerfile.dockerignore");
    }

    Path webappPackageJson() {
        return root.resolve("webapp/package.json");
    }

    Path parentPom() {
        return root.resolve("pom.xml");
    }

    Path lambdaPom() {
        return root.resolve("adapters-lambda/pom.xml");
    }
}
