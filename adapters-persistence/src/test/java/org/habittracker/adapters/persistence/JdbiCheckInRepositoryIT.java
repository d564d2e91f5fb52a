package org.habittracker.adapters.persistence;

import org.habittracker.application.contract.CheckInRepositoryContract;
import org.habittracker.application.port.out.CheckInRepository;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.UserRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiCheckInRepositoryIT extends CheckInRepositoryContract {
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

    @Override
    protected CheckInRepository checkIns() {
        return database.persistence().checkIns();
    }
}
