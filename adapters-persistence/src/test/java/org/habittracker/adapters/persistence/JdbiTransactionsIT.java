package org.habittracker.adapters.persistence;

import org.habittracker.application.contract.TransactionsContract;
import org.habittracker.application.port.out.CheckInRepository;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.Transactions;
import org.habittracker.application.port.out.UserRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiTransactionsIT extends TransactionsContract {
    @RegisterExtension
    static final FreshSchema database = new FreshSchema();

    @Override
    protected Transactions transactions() {
        return database.persistence().transactions();
    }

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
}
