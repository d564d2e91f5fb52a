package org.habittracker.adapters.lambda.http.endpoints;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.habittracker.adapters.lambda.http.ApiUseCases;
import org.habittracker.adapters.lambda.http.HttpResponse;
import org.habittracker.adapters.lambda.http.HttpSettings;
import org.habittracker.adapters.lambda.http.JsonBody;
import org.habittracker.adapters.lambda.http.PathTemplate;
import org.habittracker.adapters.lambda.http.RequestContext;
import org.habittracker.adapters.lambda.http.Responses;
import org.habittracker.adapters.lambda.http.Route;
import org.habittracker.adapters.lambda.json.ExportJson;
import org.habittracker.adapters.lambda.json.ImportMapper;
import org.habittracker.adapters.lambda.json.JsonFields;
import org.habittracker.application.port.in.Principal;
import org.habittracker.application.port.in.UserDataExport;
import org.habittracker.domain.shared.FieldViolation;
import org.habittracker.domain.shared.InvalidInputException;

/** All of a user's data out as versioned JSON, and back in, all or nothing. */
public final class DataEndpoints {

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
                        this::importData));
    }

    private HttpResponse export(RequestContext context) {
        UserDataExport data = useCases.exportImport().export(context.requirePrincipal().userId());
        String file = "habits-" + LocalDate.ofInstant(data.exportedAt(), ZoneOffset.UTC) + ".json";
        return Responses.ok(ExportJson.from(data))
                .withHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
    }

    private HttpResponse importData(RequestContext context) {
        Principal principal = context.requirePrincipal();
        JsonFields body = json.fields(context.request());
        UserDataExport data = ImportMapper.toDomain(body, principal.userId(), principal.username(), clock.instant());
        try {
            return Responses.ok(useCases.exportImport().importData(principal.userId(), data));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.violations().stream()
                    .map(v -> new FieldViolation(ImportMapper.fileField(v.field()), v.code(), v.message())).toList());
        }
    }
}
