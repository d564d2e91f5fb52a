package org.habittracker.application.testing;

import org.habittracker.application.contract.TransactionsContract;
import org.habittracker.application.port.out.CheckInRepository;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.Transactions;
import org.habittracker.application.port.out.UserRepository;

/** The {@link TransactionsContract} run against the in-memory fake, so that tests built on the fake can trust it. */
class InMemoryTransactionsTest extends TransactionsContract {
    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected Transactions transactions() {
        return ports.transactions();
    }

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
