package org.habittracker.application.testing;

import org.habittracker.application.contract.ApiTokenRepositoryContract;
import org.habittracker.application.port.out.ApiTokenRepository;
import org.habittracker.application.port.out.UserRepository;

/** The {@link ApiTokenRepositoryContract} run against the in-memory fake, so that tests built on the fake can trust it. */
class InMemoryApiTokenRepositoryTest extends ApiTokenRepositoryContract {
    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected UserRepository users() {
        return ports.users();
    }

    @Override
    protected ApiTokenRepository apiTokens() {
        return ports.apiTokens();
    }
}
