package org.habittracker.application.testing;

import org.habittracker.application.contract.LoginAttemptStoreContract;
import org.habittracker.application.port.out.LoginAttemptStore;

/** The {@link LoginAttemptStoreContract} run against the in-memory fake, so that tests built on the fake can trust it. */
class InMemoryLoginAttemptStoreTest extends LoginAttemptStoreContract {
    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected LoginAttemptStore attempts() {
        return ports.loginAttempts();
    }
}
