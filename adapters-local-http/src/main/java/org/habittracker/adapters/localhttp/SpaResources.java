package org.habittracker.adapters.localhttp;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * The built single-page app, from the {@code webapp} module's jar on the classpath. Vite names assets by
 * content hash, so they may be cached for a year; {@code index.html} must be revalidated every time so a
 * new build reaches the browser. Client-side routes get {@code index.html}.
 */
final class SpaResources {
    static final String ROOT = "/habit-tracker-webapp";

    private SpaResources() {
    }

    static boolean present() {
        return SpaResources.class.getResource(ROOT + "/index.html") != null;
    }

    static void configure(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/assets";
            files.directory = ROOT + "/assets";
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "public, max-age=31536000, immutable");
        });
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = ROOT;
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "no-cache");
        });
        config.spaRoot.addFile("/", ROOT + "/index.html", Location.CLASSPATH);
    }
}
