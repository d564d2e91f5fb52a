package org.habittracker.adapters.lambda.scenarios;

import org.junit.jupiter.api.DisplayName;

import org.habittracker.adapters.lambda.support.Api;
import org.habittracker.adapters.lambda.support.FakeBackedApi;

@DisplayName("Security, over the in-memory ports")
class SecurityTest extends SecurityScenarios {

    private final FakeBackedApi api = new FakeBackedApi();

    @Override
    protected Api api() {
        return api;
    }
}
