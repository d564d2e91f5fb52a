package org.habittracker.adapters.lambda.config;

import java.util.List;

import jakarta.validation.Validator;

import org.habittracker.adapters.lambda.http.ApiUseCases;
import org.habittracker.adapters.lambda.json.CommandChecks;
import org.habittracker.application.service.ApplicationServices;
import org.habittracker.application.service.shared.CommandValidator;
import org.habittracker.domain.shared.InvalidInputException;

/** The use cases the HTTP API reaches, taken from the application's services. */
public final class UseCaseWiring {

    private UseCaseWiring() {
    }

    /** @param validator the one the services were built with, so the HTTP layer asks the very same rules */
    public static ApiUseCases from(ApplicationServices services, Validator validator) {
        return new ApiUseCases(services.registerUser(), services.logIn(), services.logOut(),
                services.resolvePrincipal(), services.profile(), services.habits(), services.checkIns(),
                services.progress(), services.pauses(), services.exportImport(), services.apiTokens(),
                services.health(), services.reminders(), services.pushSubscriptions(), commandChecks(validator));
    }

    /** The application's own {@link CommandValidator}, answering with the violations instead of throwing them. */
    static CommandChecks commandChecks(Validator validator) {
        CommandValidator commands = new CommandValidator(validator);
        return command -> {
            try {
                commands.validate(command);
                return List.of();
            } catch (InvalidInputException e) {
                return e.violations();
            }
        };
    }
}
