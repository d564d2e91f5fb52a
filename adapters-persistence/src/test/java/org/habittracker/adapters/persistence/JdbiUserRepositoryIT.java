package org.habittracker.adapters.persistence;

import org.habittracker.application.contract.UserRepositoryContract;
import org.habittracker.application.port.out.UserRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiUserRepositoryIT extends UserRepositoryContract {
    @RegisterExtension
    static final FreshSchema database = new FreshSchema();

    @Override
    protected UserRepository users() {
        return database.persistence().users();
    }
}
