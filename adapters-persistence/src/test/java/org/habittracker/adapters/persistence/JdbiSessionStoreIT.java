package org.habittracker.adapters.persistence;

import org.habittracker.application.contract.SessionStoreContract;
import org.habittracker.application.port.out.SessionStore;
import org.habittracker.application.port.out.UserRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiSessionStoreIT extends SessionStoreContract {
    @RegisterExtension
    static final FreshSchema database = new FreshSchema();

    @Override
    protected UserRepository users() {
        return database.persistence().users();
    }

    @Override
    protected SessionStore sessions() {
        return database.persistence().sessions();
    }
}
