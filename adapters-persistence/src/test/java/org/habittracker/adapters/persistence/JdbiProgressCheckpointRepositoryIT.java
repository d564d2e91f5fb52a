package org.habittracker.adapters.persistence;

import org.habittracker.application.contract.ProgressCheckpointRepositoryContract;
import org.habittracker.application.port.out.CheckInRepository;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.ProgressCheckpointRepository;
import org.habittracker.application.port.out.UserRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiProgressCheckpointRepositoryIT extends ProgressCheckpointRepositoryContract {
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

    @Override
    protected ProgressCheckpointRepository checkpoints() {
        return database.persistence().checkpoints();
    }
}
