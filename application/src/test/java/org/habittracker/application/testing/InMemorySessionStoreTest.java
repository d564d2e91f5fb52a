package org.habittracker.application.testing;

import org.habittracker.application.contract.SessionStoreContract;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.port.out.UserRepository;

/** The {@link SessionStoreContract} run against the in-memory fake, so that tests built on the fake can trust it. */
class InMemorySessionStoreTest extends SessionStoreContract {
    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected UserRepository users() {
        return ports.users();
    }

    @Override
    protected SessionStore sessions() {
        return ports.sessions();
    }
}
