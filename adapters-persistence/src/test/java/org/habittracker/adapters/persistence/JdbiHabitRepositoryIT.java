package org.habittracker.adapters.persistence;

import org.habittracker.application.contract.HabitRepositoryContract;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.UserRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiHabitRepositoryIT extends HabitRepositoryContract {
    @RegisterExtension
    static final FreshSchema database = new FreshSchema();

    @Override
    protected UserRepository users() {
        return database.persistence().users();
    }

    @Override
    protected HabitRepository habits() {
        return database.persistence().habits();
    }
}
