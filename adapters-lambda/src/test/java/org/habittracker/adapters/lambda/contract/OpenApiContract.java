package org.habittracker.adapters.lambda.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;

import org.habittracker.adapters.lambda.support.ApiResponse;

/**
 * {@code docs/openapi.yaml} as a checker of real responses: finds the operation for a method and path,
 * requires the status to be documented, the content type to be the documented one, the documented
 * headers to be there, and the body to validate against the documented schema (JSON Schema 2020-12,
 * the dialect of OpenAPI 3.1, with networknt's json-schema-validator).
 */
public final class OpenApiContract {

    public static final Path SPEC = locate();

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final JsonNode spec;
    private final String specUri;
    private final JsonSchemaFactory factory;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final List<PathPattern> paths;

    private record PathPattern(String template, Pattern regex, long literals) {
    }

    public OpenApiContract() {
        try {
            this.spec = new YAMLMapper().readTree(SPEC.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.specUri = SPEC.toUri().toString();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(OpenApi31.getInstance())
                        .defaultMetaSchemaIri(OpenApi31.getInstance().getIri()));
        List<PathPattern> patterns = new ArrayList<>();
        spec.get("paths").fieldNames().forEachRemaining(template -> {
            String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            long literals = List.of(template.split("/")).stream().filter(s -> !s.startsWith("{")).count();
            patterns.add(new PathPattern(template, Pattern.compile(regex), literals));
        });
        patterns.sort(Comparator.comparingLong(PathPattern::literals).reversed());
        this.paths = List.copyOf(patterns);
    }

    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/openapi.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/openapi.yaml not found above " + Path.of("").toAbsolutePath());
    }

    /** Every operation of the spec as {@code METHOD template}. */
    public Set<String> operations() {
        Set<String> operations = new LinkedHashSet<>();
        spec.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (!method.equals("parameters")) {
                operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }

    /** The spec's template for a concrete path, the literal one first ({@code /api/habits/order}). */
    public Optional<String> template(String path) {
        String normalised = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return paths.stream().filter(p -> p.regex().matcher(normalised).matches()).map(PathPattern::template).findFirst();
    }

    /** Everything about the response the spec does not allow; empty when it conforms. */
    public List<String> violations(String method, String path, ApiResponse response) {
        List<String> problems = new ArrayList<>();
        Optional<String> template = template(path);
        if (template.isEmpty()) {
            // Unknown paths answer 404 problems; the spec documents the problem shape for them.
            checkProblem(response, problems);
            return problems;
        }
        boolean head = method.equals("HEAD");
        // HEAD is answered wherever GET is, as GET without the body (RFC 9110).
        JsonNode operation = spec.get("paths").get(template.get()).get(head ? "get" : method.toLowerCase(Locale.ROOT));
        if (operation == null) {
            if (response.status() != 405 || response.header("Allow").isEmpty()) {
                problems.add(method + " " + template.get() + " is not documented, yet answered " + response.status());
            }
            checkProblem(response, problems);
            return problems;
        }
        JsonNode documented = operation.get("responses").get(Integer.toString(response.status()));
        if (documented == null) {
            problems.add(method + " " + template.get() + " answered " + response.status() + ", which is not documented");
            return problems;
        }
        documented = resolve(documented);
        JsonNode headers = documented.get("headers");
        if (headers != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> header = it.next();
                boolean required = resolve(header.getValue()).path("required").asBoolean(false);
                boolean present = header.getKey().equalsIgnoreCase("Set-Cookie") ? !response.cookies().isEmpty()
                        : response.header(header.getKey()).isPresent();
                if (required && !present) {
                    problems.add(method + " " + template.get() + " " + response.status() + " lacks header " + header.getKey());
                }
            }
        }
        JsonNode content = documented.get("content");
        if (head) {
            if (!response.body().isEmpty()) {
                problems.add("HEAD " + template.get() + " has a body");
            }
            return problems;
        }
        if (content == null) {
            if (!response.body().isEmpty()) {
                problems.add(method + " " + template.get() + " " + response.status() + " has a body but documents none");
            }
            return problems;
        }
        String contentType = response.header("Content-Type").map(t -> t.split(";")[0].strip()).orElse("");
        JsonNode media = content.get(contentType);
        if (media == null) {
            problems.add(method + " " + template.get() + " " + response.status() + " is " + contentType
                    + ", documented: " + names(content.fieldNames()));
            return problems;
        }
        validateBody(media.get("schema"), response, method + " " + template.get() + " " + response.status(), problems);
        return problems;
    }

    private void checkProblem(ApiResponse response, List<String> problems) {
        if (!response.header("Content-Type").orElse("").startsWith("application/problem+json")) {
            problems.add("an error outside the documented routes is not application/problem+json");
            return;
        }
        validateBody(JSON.createObjectNode().put("$ref", "#/components/schemas/Problem"), response, "problem", problems);
    }

    private void validateBody(JsonNode schemaNode, ApiResponse response, String where, List<String> problems) {
        String ref = schemaNode.path("$ref").asText("");
        if (!ref.startsWith("#/components/schemas/")) {
            problems.add(where + ": documented schemas must be $refs to components (" + schemaNode + ")");
            return;
        }
        JsonSchema schema = schemas.computeIfAbsent(ref, r -> factory.getSchema(SchemaLocation.of(specUri + r)));
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            problems.add(where + ": body is not JSON: " + response.body());
            return;
        }
        for (ValidationMessage message : schema.validate(body)) {
            problems.add(where + ": " + message.getMessage() + " in " + abbreviate(response.body()));
        }
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String[] parts = current.get("$ref").asText().substring(2).split("/");
            JsonNode target = spec;
            for (String part : parts) {
                target = target.get(part.replace("~1", "/").replace("~0", "~"));
            }
            current = target;
        }
        return current;
    }

    private static <T> List<T> names(Iterator<T> iterator) {
        List<T> list = new ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }

    private static String abbreviate(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }
}
