package org.habittracker.application.testing;

import org.habittracker.application.contract.ReminderRepositoryContract;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.ReminderRepository;
import org.habittracker.application.port.out.ReminderSends;
import org.habittracker.application.port.out.UserRepository;

/** The {@link ReminderRepositoryContract} run against the in-memory fakes. */
class InMemoryReminderRepositoryTest extends ReminderRepositoryContract {
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
    protected ReminderRepository reminders() {
        return ports.reminders();
    }

    @Override
    protected ReminderSends sends() {
        return ports.reminderSends();
    }
}
