package org.habittracker.application.testing;

import org.habittracker.application.contract.PauseRepositoryContract;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.PauseRepository;
import org.habittracker.application.port.out.UserRepository;

/** The {@link PauseRepositoryContract} run against the in-memory fake, so that tests built on the fake can trust it. */
class InMemoryPauseRepositoryTest extends PauseRepositoryContract {
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
    protected PauseRepository pauses() {
        return ports.pauses();
    }
}
