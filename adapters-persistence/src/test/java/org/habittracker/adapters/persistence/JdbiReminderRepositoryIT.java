package org.habittracker.adapters.persistence;

import org.habittracker.application.contract.ReminderRepositoryContract;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.ReminderRepository;
import org.habittracker.application.port.out.ReminderSends;
import org.habittracker.application.port.out.UserRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiReminderRepositoryIT extends ReminderRepositoryContract {
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
    protected ReminderRepository reminders() {
        return database.persistence().reminders();
    }

    @Override
    protected ReminderSends sends() {
        return database.persistence().reminderSends();
    }
}
