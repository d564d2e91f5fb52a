package org.habittracker.adapters.lambda.data;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;

import org.habittracker.adapters.lambda.format.export.ExportJson;
import org.habittracker.adapters.lambda.format.export.ImportMapper;
import org.habittracker.adapters.lambda.format.loop.LoopImport;
import org.habittracker.adapters.lambda.http.ApiUseCases;
import org.habittracker.adapters.lambda.http.HttpApi;
import org.habittracker.adapters.lambda.http.HttpResponse;
import org.habittracker.adapters.lambda.http.HttpSettings;
import org.habittracker.adapters.lambda.http.JsonBody;
import org.habittracker.adapters.lambda.http.PathTemplate;
import org.habittracker.adapters.lambda.http.Problem;
import org.habittracker.adapters.lambda.http.RequestContext;
import org.habittracker.adapters.lambda.http.Responses;
import org.habittracker.adapters.lambda.http.Route;
import org.habittracker.adapters.lambda.json.JsonFields;
import org.habittracker.application.port.in.auth.Principal;
import org.habittracker.application.port.in.data.UserDataExport;
import org.habittracker.domain.shared.FieldViolation;
import org.habittracker.domain.shared.InvalidInputException;
import org.habittracker.domain.user.User;

/**
 * All of a user's data out as versioned JSON, and back in, all or nothing: our JSON export, or Loop Habit
 * Tracker's CSV export zip ({@code Content-Type: application/zip}; API Gateway hands it over base64-encoded).
 * Either can first be previewed ({@link ImportQuery} reads the options).
 */
public final class DataEndpoints {

    static final String ZIP = "application/zip";

    private final ApiUseCases useCases;
    private final JsonBody json;
    private final Clock clock;

    public DataEndpoints(ApiUseCases useCases, JsonBody json, Clock clock) {
        this.useCases = useCases;
        this.json = json;
        this.clock = clock;
    }

    public List<Route> routes() {
        Route.Access auth = Route.Access.AUTHENTICATED;
        return List.of(
                new Route("GET", PathTemplate.of("/api/export"), auth, HttpSettings.BODY_LIMIT, this::export),
                new Route("POST", PathTemplate.of("/api/import"), auth, HttpSettings.IMPORT_BODY_LIMIT,
                        this::importData, List.of(HttpResponse.JSON, ZIP)));
    }

    private HttpResponse export(RequestContext context) {
        UserDataExport data = useCases.exportImport().export(context.requirePrincipal().userId());
        String file = "habits-" + LocalDate.ofInstant(data.exportedAt(), ZoneOffset.UTC) + ".json";
        return Responses.ok(ExportJson.from(data))
                .withHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
    }

    private HttpResponse importData(RequestContext context) {
        ImportQuery query = ImportQuery.of(context.request());
        return HttpApi.mediaType(context.request()).equals(ZIP) ? importLoop(context, query)
                : importJson(context, query);
    }

    private HttpResponse importJson(RequestContext context, ImportQuery query) {
        Principal principal = context.requirePrincipal();
        JsonFields body = json.fields(context.request());
        UserDataExport data = ImportMapper.toDomain(body, principal.userId(), principal.username(), clock.instant());
        return run(query, principal, data,
                v -> new FieldViolation(ImportMapper.fileField(v.field()), v.code(), v.message()));
    }

    /** The data carries the user's settings: Loop's export has none, and they say which day is today. */
    private HttpResponse importLoop(RequestContext context, ImportQuery query) {
        Principal principal = context.requirePrincipal();
        if (!context.request().hasBody()) {
            throw Problem.validation("", "required", "a zip body is required");
        }
        User user = useCases.profile().profile(principal.userId());
        Instant now = clock.instant();
        LoopImport.Parsed parsed = LoopImport.read(context.request().body(), principal.userId(), principal.username(),
                user.settings(), now);
        return run(query, principal, parsed.data(), parsed::inFiles);
    }

    /** The use case's own findings (a check-in after today, …) named where the user can find them in the upload. */
    private HttpResponse run(ImportQuery query, Principal principal, UserDataExport data,
            UnaryOperator<FieldViolation> inUpload) {
        try {
            return query.preview()
                    ? Responses.ok(ImportPreviewJson.from(useCases.exportImport().preview(principal.userId(), data)))
                    : Responses.ok(useCases.exportImport().importData(principal.userId(), data, query.options()));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.violations().stream().map(inUpload).toList());
        }
    }
}
