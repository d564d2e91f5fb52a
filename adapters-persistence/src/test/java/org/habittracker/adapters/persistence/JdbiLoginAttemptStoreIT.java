package org.habittracker.adapters.persistence;

import org.habittracker.application.contract.LoginAttemptStoreContract;
import org.habittracker.application.port.out.LoginAttemptStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiLoginAttemptStoreIT extends LoginAttemptStoreContract {
    @RegisterExtension
    static final FreshSchema database = new FreshSchema();

    @Override
    protected LoginAttemptStore attempts() {
        return database.persistence().loginAttempts();
    }
}
