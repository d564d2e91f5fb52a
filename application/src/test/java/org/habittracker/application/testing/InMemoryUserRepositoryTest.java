package org.habittracker.application.testing;

import org.habittracker.application.contract.UserRepositoryContract;
import org.habittracker.application.port.out.UserRepository;

/** The {@link UserRepositoryContract} run against the in-memory fake, so that tests built on the fake can trust it. */
class InMemoryUserRepositoryTest extends UserRepositoryContract {
    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected UserRepository users() {
        return ports.users();
    }
}
