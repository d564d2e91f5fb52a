package org.habittracker.adapters.lambda.config;

import org.habittracker.adapters.lambda.http.ApiUseCases;
import org.habittracker.application.service.ApplicationServices;

/** The use cases the HTTP API reaches, taken from the application's services. */
public final class UseCaseWiring {

    private UseCaseWiring() {
    }

    public static ApiUseCases from(ApplicationServices services) {
        return new ApiUseCases(services.registerUser(), services.logIn(), services.logOut(),
                services.resolvePrincipal(), services.profile(), services.habits(), services.checkIns(),
                services.progress(), services.pauses(), services.exportImport(), services.health());
    }
}
