package org.habittracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.habittracker.application.port.out.Transactions;
import org.habittracker.application.testing.TestData;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.user.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How repository calls join a transaction (beyond the contract): they run on the transaction's own
 * connection, invisible to others until commit, and a transaction inside another is part of it.
 */
class TransactionJoiningIT {
    @RegisterExtension
    static final FreshSchema database = new FreshSchema();

    private final PostgresPersistence db = database.persistence();
    private final Transactions transactions = db.transactions();

    private boolean visibleFromAnotherThread(User user) throws Exception {
        return CompletableFuture.supplyAsync(() -> db.users().findById(user.id()).isPresent())
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("writes inside a transaction are seen inside it and by no other connection until it commits")
    void writesAreIsolatedUntilCommit() throws Exception {
        User user = TestData.user();

        boolean[] seenInside = new boolean[2];
        transactions.run(() -> {
            db.users().add(user);
            seenInside[0] = db.users().findById(user.id()).isPresent();
            try {
                seenInside[1] = visibleFromAnotherThread(user);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(seenInside[0]).as("seen by the transaction itself").isTrue();
        assertThat(seenInside[1]).as("seen by another connection before commit").isFalse();
        assertThat(visibleFromAnotherThread(user)).as("seen by another connection after commit").isTrue();
    }

    @Test
    @DisplayName("a transaction inside another joins it: when the outer one fails, the inner one's writes go too")
    void nestedTransactionJoinsTheOuterOne() {
        User user = TestData.user();
        Habit habit = TestData.habit(user.id(), "Stretch", 0);

        assertThatThrownBy(() -> transactions.run(() -> {
            transactions.run(() -> {
                db.users().add(user);
                db.habits().add(habit);
            });
            throw new IllegalStateException("the outer work fails after the inner one returned");
        })).hasMessageContaining("outer work fails");

        assertThat(db.users().findById(user.id())).isEmpty();
        assertThat(db.habits().find(user.id(), habit.id())).isEmpty();
    }

    @Test
    @DisplayName("a write refused by the database inside a transaction undoes the writes before it")
    void databaseErrorRollsBackEarlierWrites() {
        User user = TestData.user();
        Habit habit = TestData.habit(user.id(), "Run", 0);

        assertThatThrownBy(() -> transactions.run(() -> {
            db.users().add(user);
            db.habits().add(habit);
            db.habits().add(habit); // the same id again: the primary key refuses it
        })).hasMessageContaining("habits_pkey");

        assertThat(db.users().findById(user.id())).isEmpty();
        assertThat(db.habits().find(user.id(), habit.id())).isEmpty();
    }
}
