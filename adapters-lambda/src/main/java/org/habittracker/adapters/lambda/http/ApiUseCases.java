package org.habittracker.adapters.lambda.http;

import java.util.Objects;

import org.habittracker.adapters.lambda.json.CommandChecks;
import org.habittracker.application.port.in.auth.LogInUseCase;
import org.habittracker.application.port.in.auth.LogOutUseCase;
import org.habittracker.application.port.in.auth.RegisterUserUseCase;
import org.habittracker.application.port.in.auth.ResolvePrincipalUseCase;
import org.habittracker.application.port.in.checkin.CheckInsUseCase;
import org.habittracker.application.port.in.data.ExportImportUseCase;
import org.habittracker.application.port.in.habit.ManageHabitsUseCase;
import org.habittracker.application.port.in.health.CheckHealthUseCase;
import org.habittracker.application.port.in.pause.ManagePausesUseCase;
import org.habittracker.application.port.in.profile.ManageProfileUseCase;
import org.habittracker.application.port.in.progress.ViewProgressUseCase;
import org.habittracker.application.port.in.reminder.ManagePushSubscriptionsUseCase;
import org.habittracker.application.port.in.reminder.ManageRemindersUseCase;
import org.habittracker.application.port.in.token.ManageApiTokensUseCase;

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
        ManageRemindersUseCase reminders,
        ManagePushSubscriptionsUseCase pushSubscriptions,
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
        Objects.requireNonNull(reminders, "reminders");
        Objects.requireNonNull(pushSubscriptions, "pushSubscriptions");
        Objects.requireNonNull(commandChecks, "commandChecks");
    }

    /** The same use cases with another way of knowing who is asking (SnapStart's priming). */
    public ApiUseCases withPrincipals(ResolvePrincipalUseCase other) {
        return new ApiUseCases(register, logIn, logOut, other, profile, habits, checkIns, progress, pauses,
                exportImport, apiTokens, health, reminders, pushSubscriptions, commandChecks);
    }
}
