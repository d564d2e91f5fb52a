package org.habittracker.adapters.lambda.data;

import org.habittracker.adapters.lambda.http.HttpRequest;
import org.habittracker.adapters.lambda.http.Problem;
import org.habittracker.application.port.in.data.ImportOptions;
import org.habittracker.application.port.in.data.ImportOptions.Duplicates;
import org.habittracker.application.port.in.data.ImportOptions.Settings;

/**
 * The import's query: {@code preview=true|false} (default false), {@code duplicates=skip|copy} (default
 * {@code copy}, what an import always did) and {@code settings=keep|replace} (default {@code keep}: a file
 * never moves the user's days unless asked to). Any other value is a 400 naming the parameter.
 */
record ImportQuery(boolean preview, ImportOptions options) {

    static ImportQuery of(HttpRequest request) {
        boolean preview = switch (request.queryParameter("preview").orElse("false")) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Problem.validation("preview", "format", "must be true or false");
        };
        Duplicates duplicates = switch (request.queryParameter("duplicates").orElse("copy")) {
            case "skip" -> Duplicates.SKIP;
            case "copy" -> Duplicates.COPY;
            default -> throw Problem.validation("duplicates", "format", "must be skip or copy");
        };
        Settings settings = switch (request.queryParameter("settings").orElse("keep")) {
            case "keep" -> Settings.KEEP;
            case "replace" -> Settings.REPLACE;
            default -> throw Problem.validation("settings", "format", "must be keep or replace");
        };
        return new ImportQuery(preview, new ImportOptions(duplicates, settings));
    }
}
