package org.habittracker.adapters.persistence;

import org.habittracker.application.contract.ApiTokenRepositoryContract;
import org.habittracker.application.port.out.ApiTokenRepository;
import org.habittracker.application.port.out.UserRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiApiTokenRepositoryIT extends ApiTokenRepositoryContract {
    @RegisterExtension
    static final FreshSchema database = new FreshSchema();

    @Override
    protected UserRepository users() {
        return database.persistence().users();
    }

    @Override
    protected ApiTokenRepository apiTokens() {
        return database.persistence().apiTokens();
    }
}
