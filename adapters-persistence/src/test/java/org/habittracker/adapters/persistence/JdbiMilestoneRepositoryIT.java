package org.habittracker.adapters.persistence;

import org.habittracker.application.contract.MilestoneRepositoryContract;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.MilestoneRepository;
import org.habittracker.application.port.out.UserRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiMilestoneRepositoryIT extends MilestoneRepositoryContract {
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
    protected MilestoneRepository milestones() {
        return database.persistence().milestones();
    }
}
