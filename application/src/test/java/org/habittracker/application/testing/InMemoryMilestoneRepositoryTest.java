package org.habittracker.application.testing;

import org.habittracker.application.contract.MilestoneRepositoryContract;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.MilestoneRepository;
import org.habittracker.application.port.out.UserRepository;

/** The {@link MilestoneRepositoryContract} run against the in-memory fake, so that tests built on the fake can trust it. */
class InMemoryMilestoneRepositoryTest extends MilestoneRepositoryContract {
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
    protected MilestoneRepository milestones() {
        return ports.milestones();
    }
}
