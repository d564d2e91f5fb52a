package org.habittracker.adapters.lambda.scenarios;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

import org.habittracker.adapters.lambda.support.Api;
import org.habittracker.adapters.lambda.support.RealApi;

@DisplayName("Security, through the handler over real PostgreSQL and Redis")
class SecurityIT extends SecurityScenarios {

    private static RealApi api;

    @BeforeAll
    static void start() {
        api = new RealApi();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Override
    protected Api api() {
        return api;
    }
}
