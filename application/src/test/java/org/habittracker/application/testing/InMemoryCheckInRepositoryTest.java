package org.habittracker.application.testing;

import org.habittracker.application.contract.CheckInRepositoryContract;
import org.habittracker.application.port.out.CheckInRepository;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.UserRepository;

/** The {@link CheckInRepositoryContract} run against the in-memory fake, so that tests built on the fake can trust it. */
class InMemoryCheckInRepositoryTest extends CheckInRepositoryContract {
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
}
