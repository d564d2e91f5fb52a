package org.habittracker.application.testing;

import org.habittracker.application.contract.HabitRepositoryContract;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.UserRepository;

/** The {@link HabitRepositoryContract} run against the in-memory fake, so that tests built on the fake can trust it. */
class InMemoryHabitRepositoryTest extends HabitRepositoryContract {
    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected UserRepository users() {
        return ports.users();
    }

    @Override
    protected HabitRepository habits() {
        return ports.habits();
    }
}
