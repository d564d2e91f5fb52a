package org.habittracker.application.testing;

import org.habittracker.application.contract.ProgressCheckpointRepositoryContract;
import org.habittracker.application.port.out.CheckInRepository;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.ProgressCheckpointRepository;
import org.habittracker.application.port.out.UserRepository;

/** The {@link ProgressCheckpointRepositoryContract} run against the in-memory fake, so that tests built on the fake can trust it. */
class InMemoryProgressCheckpointRepositoryTest extends ProgressCheckpointRepositoryContract {
    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected UserRepository users() {
        return ports.users();
    }

    @Override
    protected HabitRepository habits() {
        return ports.habits();
    }

    @Override
    protected CheckInRepository checkIns() {
        return ports.checkIns();
    }

    @Override
    protected ProgressCheckpointRepository checkpoints() {
        return ports.checkpoints();
    }
}
