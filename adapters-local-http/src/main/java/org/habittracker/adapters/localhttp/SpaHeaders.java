package org.habittracker.adapters.localhttp;

import io.javalin.http.Context;
import java.util.UUID;

/**
 * Headers on the web app's own responses ({@code index.html}, its assets, the {@code index.html} fallback of
 * client-side routes); the API's answers carry the handler's. The content security policy allows only this
 * origin's scripts, styles, images and connections, no plugins, no framing (clickjacking), no other base URL and
 * no form posting elsewhere: the built app has no inline script or style to need more. CloudFront adds the same
 * policy in AWS.
 */
final class SpaHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; frame-ancestors 'none'; base-uri 'self';"
            + " form-action 'self'; object-src 'none'";

    private SpaHeaders() {
    }

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("X-Request-Id", UUID.randomUUID().toString());
    }
}
