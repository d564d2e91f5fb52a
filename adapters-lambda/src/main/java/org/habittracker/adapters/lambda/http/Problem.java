package org.habittracker.adapters.lambda.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.habittracker.domain.shared.FieldViolation;

/**
 * An RFC 9457 problem, thrown anywhere in request handling and written as {@code application/problem+json}.
 * {@code type} is a relative URI naming the kind of problem, stable for clients to switch on; its last segment is
 * also the problem's machine-readable {@link #code}.
 */
public final class Problem extends RuntimeException {

    /**
     * One field at fault: a dotted path such as {@code schedule.times}, the machine-readable code of the rule it
     * broke (the domain's vocabulary: {@code required}, {@code format}, {@code range}…) and a sentence for people.
     */
    public record FieldError(String field, String code, String message) {
        public FieldError {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }

        /** A rule's violation, as the domain or the application's command checks report it. */
        public static FieldError of(FieldViolation violation) {
            return new FieldError(violation.field(), violation.code(), violation.message());
        }
    }

    private final int status;
    private final String type;
    private final String title;
    private final transient List<FieldError> errors;
    private final transient Map<String, String> headers;

    private Problem(int status, String type, String title, String detail, List<FieldError> errors,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public static Problem of(int status, String type, String title, String detail) {
        return new Problem(status, type, title, detail, List.of(), Map.of());
    }

    public static Problem validation(List<FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b)
                .orElse("The request is not valid.");
        return new Problem(400, "/problems/validation", "Validation failed", detail, errors, Map.of());
    }

    public static Problem validation(String field, String code, String message) {
        return validation(List.of(new FieldError(field, code, message)));
    }

    public static Problem malformedJson(String detail) {
        return of(400, "/problems/malformed-json", "Malformed JSON", detail);
    }

    public static Problem unauthenticated() {
        return of(401, "/problems/unauthenticated", "Not logged in",
                "This needs a valid session cookie or API token.");
    }

    public static Problem notFound(String detail) {
        return of(404, "/problems/not-found", "Not found", detail);
    }

    public static Problem methodNotAllowed(String allow) {
        return new Problem(405, "/problems/method-not-allowed", "Method not allowed",
                "This resource answers to " + allow + ".", List.of(), Map.of("Allow", allow));
    }

    /** 429 with {@code Retry-After} in whole seconds, rounded up and at least one: log-ins and registrations alike. */
    public static Problem tooManyAttempts(String title, Duration retryAfter) {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return of(429, "/problems/too-many-attempts", title, "Wait before trying again.")
                .withHeader("Retry-After", Long.toString(Math.max(1, seconds)));
    }

    public static Problem tooLarge(int limitBytes) {
        return of(413, "/problems/too-large", "Request body too large",
                "The body may be at most " + limitBytes + " bytes.");
    }

    public static Problem unsupportedMediaType(List<String> accepted) {
        String types = String.join(", ", accepted);
        return new Problem(415, "/problems/unsupported-media-type", "Unsupported media type",
                "Send the body as " + String.join(" or ", accepted) + ".", List.of(), Map.of("Accept", types));
    }

    public static Problem crossSite() {
        return of(403, "/problems/cross-site", "Cross-site request refused",
                "State-changing requests must come from this site (Origin or Sec-Fetch-Site) or carry an API token.");
    }

    /** A bearer API token on a route for the signed-in user only (managing API tokens). */
    public static Problem sessionRequired() {
        return of(403, "/problems/session-required", "Session required",
                "API tokens are managed by the signed-in user: send the session cookie, not an API token.");
    }

    /** The service cannot answer right now (the database is not ready); worth trying again in a second. */
    public static Problem unavailable(String detail) {
        return new Problem(503, "/problems/unavailable", "Service unavailable", detail, List.of(),
                Map.of("Retry-After", "1"));
    }

    public Problem withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Problem(status, type, title, getMessage(), errors, copy);
    }

    public Problem withErrors(List<FieldError> newErrors) {
        return new Problem(status, type, title, getMessage(), newErrors, headers);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    /** The kind of problem as a word ({@code validation}, {@code not-found}…): the last segment of {@link #type}. */
    public String code() {
        return type.substring(type.lastIndexOf('/') + 1);
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
