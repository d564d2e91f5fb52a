package org.habittracker.adapters.lambda.http;

import java.util.List;
import java.util.Objects;

/**
 * One method and path template, who may call it, how large its body may be, in which media types, and what
 * answers it.
 *
 * @param bodyLimit largest body accepted, in bytes (after base64 decoding)
 * @param accepts   media types a body may have ({@code application/json} unless said otherwise); another is 415
 */
public record Route(String method, PathTemplate path, Access access, int bodyLimit, Endpoint endpoint,
        List<String> accepts) {

    /** Who may call a route, and so whether credentials are looked at. */
    public enum Access {
        /** Anyone; credentials are not even looked up (register, log in, health). */
        PUBLIC,
        /** Anyone; a session or token, if present, is resolved (auth check, log out). */
        OPTIONAL,
        /** Needs a valid session cookie or bearer API token. */
        AUTHENTICATED,
        /**
         * Needs a valid session cookie; a request with a bearer API token is refused (403): managing API tokens
         * is for the signed-in user, never for a token. Being cookie-authenticated, it keeps the CSRF rule.
         */
        SESSION
    }

    @FunctionalInterface
    public interface Endpoint {
        HttpResponse handle(RequestContext context);
    }

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(endpoint, "endpoint");
        accepts = List.copyOf(accepts);
    }

    /** A route whose body, if any, is JSON. */
    public Route(String method, PathTemplate path, Access access, int bodyLimit, Endpoint endpoint) {
        this(method, path, access, bodyLimit, endpoint, List.of(HttpResponse.JSON));
    }
}
