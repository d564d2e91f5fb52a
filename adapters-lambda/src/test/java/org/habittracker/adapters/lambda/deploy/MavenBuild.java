package org.habittracker.adapters.lambda.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What Maven builds for adapters-lambda, read from the POMs themselves (the module's, falling back on the
 * parent's for the version and the compiler release), so the tests follow a version bump or a new shade
 * classifier without being edited.
 */
record MavenBuild(String artifactId, String version, String buildDirectory, int compilerRelease,
        Optional<String> shadedClassifier, Optional<String> shadedOutputFile) {

    static MavenBuild read(Path modulePom, Path parentPom) {
        Element module = document(modulePom);
        Element parent = document(parentPom);
        String artifactId = text(module, "artifactId").orElseThrow(() -> new IllegalStateException(modulePom + " has no artifactId"));
        String version = text(module, "version").or(() -> text(child(module, "parent"), "version"))
                .orElseThrow(() -> new IllegalStateException(modulePom + " has no version, nor a parent version"));
        String release = property(module, "maven.compiler.release").or(() -> property(parent, "maven.compiler.release"))
                .orElseThrow(() -> new IllegalStateException("neither POM sets maven.compiler.release"));
        Optional<Element> shade = shadePlugin(module);
        Map<String, String> values = Map.of("project.artifactId", artifactId, "project.version", version,
                "project.build.directory", "target", "project.basedir", ".");
        return new MavenBuild(artifactId, version, "target", Integer.parseInt(release.strip()),
                shade.flatMap(plugin -> configuration(plugin, "shadedClassifierName")),
                shade.flatMap(plugin -> configuration(plugin, "outputFile")).map(file -> interpolate(file, values)));
    }

    /** The modules a reactor POM lists, in its order (the directories Maven must find beside it). */
    static List<String> modules(Path reactorPom) {
        return children(child(document(reactorPom), "modules"), "module").stream()
                .map(module -> module.getTextContent().strip()).toList();
    }

    /** The shaded jar, relative to the module directory. */
    Path shadedJar() {
        if (shadedOutputFile.isPresent()) {
            return Path.of(shadedOutputFile.get()).normalize();
        }
        String classifier = shadedClassifier.orElseThrow(() -> new IllegalStateException(
                "adapters-lambda/pom.xml does not configure maven-shade-plugin with a shadedClassifierName or an "
                        + "outputFile, so no Lambda jar is built beside the plain one"));
        return Path.of(buildDirectory, artifactId + "-" + version + "-" + classifier + ".jar");
    }

    private static Optional<Element> shadePlugin(Element project) {
        Element build = child(project, "build");
        for (Element plugins : Arrays.asList(child(build, "plugins"), child(child(build, "pluginManagement"), "plugins"))) {
            for (Element plugin : children(plugins, "plugin")) {
                if (text(plugin, "artifactId").filter("maven-shade-plugin"::equals).isPresent()) {
                    return Optional.of(plugin);
                }
            }
        }
        return Optional.empty();
    }

    /** A setting of the plugin's own configuration or of any of its executions. */
    private static Optional<String> configuration(Element plugin, String name) {
        Optional<String> own = text(child(plugin, "configuration"), name);
        if (own.isPresent()) {
            return own;
        }
        for (Element execution : children(child(plugin, "executions"), "execution")) {
            Optional<String> value = text(child(execution, "configuration"), name);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static String interpolate(String value, Map<String, String> values) {
        String result = value;
        for (var entry : values.entrySet()) {
            result = result.replace("${" + entry.getKey() + "}", entry.getValue());
        }
        if (result.contains("${")) {
            throw new IllegalStateException("cannot resolve the shade outputFile " + value);
        }
        return result;
    }

    private static Optional<String> property(Element project, String name) {
        return text(child(project, "properties"), name);
    }

    private static Element document(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setExpandEntityReferences(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read " + pom + ": " + e.getMessage(), e);
        }
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Direct children only: a dependency's artifactId must not pass for the project's. */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static Optional<String> text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? Optional.empty() : Optional.of(element.getTextContent().strip()).filter(s -> !s.isEmpty());
    }
}
