package org.habittracker.adapters.lambda.http;

import java.util.Objects;

import org.habittracker.adapters.lambda.json.CommandChecks;
import org.habittracker.application.port.in.CheckHealthUseCase;
import org.habittracker.application.port.in.CheckInsUseCase;
import org.habittracker.application.port.in.ExportImportUseCase;
import org.habittracker.application.port.in.LogInUseCase;
import org.habittracker.application.port.in.LogOutUseCase;
import org.habittracker.application.port.in.ManageApiTokensUseCase;
import org.habittracker.application.port.in.ManageHabitsUseCase;
import org.habittracker.application.port.in.ManagePausesUseCase;
import org.habittracker.application.port.in.ManageProfileUseCase;
import org.habittracker.application.port.in.RegisterUserUseCase;
import org.habittracker.application.port.in.ResolvePrincipalUseCase;
import org.habittracker.application.port.in.ViewProgressUseCase;

/**
 * The inbound ports the HTTP API calls: the only way it reaches the application. {@code commandChecks} asks the
 * application's command rules ahead of a use case, so that one answer can name every fault of a body.
 */
public record ApiUseCases(
        RegisterUserUseCase register,
        LogInUseCase logIn,
        LogOutUseCase logOut,
        ResolvePrincipalUseCase principals,
        ManageProfileUseCase profile,
        ManageHabitsUseCase habits,
        CheckInsUseCase checkIns,
        ViewProgressUseCase progress,
        ManagePausesUseCase pauses,
        ExportImportUseCase exportImport,
        ManageApiTokensUseCase apiTokens,
        CheckHealthUseCase health,
        CommandChecks commandChecks) {

    public ApiUseCases {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(logIn, "logIn");
        Objects.requireNonNull(logOut, "logOut");
        Objects.requireNonNull(principals, "principals");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(habits, "habits");
        Objects.requireNonNull(checkIns, "checkIns");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(pauses, "pauses");
        Objects.requireNonNull(exportImport, "exportImport");
        Objects.requireNonNull(apiTokens, "apiTokens");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(commandChecks, "commandChecks");
    }
}
