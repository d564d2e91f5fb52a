package org.habittracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.habittracker.application.port.out.CheckInRepository;
import org.habittracker.application.port.out.Transactions;
import org.habittracker.application.testing.TestData;
import org.habittracker.domain.checkin.CheckIn;
import org.habittracker.domain.checkin.CheckInStatus;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Many requests on one habit at once: one row per day, every write counted, no error reaching a caller. */
class ConcurrencyIT {
    private static final int THREADS = 16;
    private static final int ROUNDS = 20;
    private static final LocalDate SHARED_DAY = LocalDate.of(2026, 11, 20);

    @RegisterExtension
    static final FreshSchema database = new FreshSchema(THREADS);

    private User user;
    private Habit habit;

    @BeforeEach
    void createHabit() {
        user = TestData.user();
        habit = TestData.habit(user.id(), "Meditate", 0);
        database.persistence().users().add(user);
        database.persistence().habits().add(habit);
    }

    private CheckInRepository checkIns() {
        return database.persistence().checkIns();
    }

    private Transactions transactions() {
        return database.persistence().transactions();
    }

    private CheckIn written(int thread, int round, LocalDate day) {
        return new CheckIn(habit.id(), day, CheckInStatus.DONE, Optional.of(BigDecimal.valueOf(thread)),
                "thread " + thread + " round " + round);
    }

    /** Runs {@code task} on every thread, all released at once, and rethrows the first failure. */
    private static void onAllThreadsAtOnce(ThreadTask task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<?>> futures = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int index = thread;
                futures.add(pool.submit(() -> {
                    start.await();
                    task.run(index);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface ThreadTask {
        void run(int thread) throws Exception;
    }

    @Test
    @DisplayName("16 threads recording the same day and a day each, at once: one row per day, the last write of each kept")
    void concurrentRecordsKeepOneRowPerDay() throws Exception {
        Set<CheckIn> sharedDayWrites = ConcurrentHashMap.newKeySet();

        onAllThreadsAtOnce(thread -> {
            LocalDate ownDay = SHARED_DAY.minusDays(thread + 1);
            for (int round = 0; round < ROUNDS; round++) {
                CheckIn shared = written(thread, round, SHARED_DAY);
                sharedDayWrites.add(shared);
                assertThat(checkIns().upsert(user.id(), shared)).isTrue();
                assertThat(checkIns().upsert(user.id(), written(thread, round, ownDay))).isTrue();
            }
        });

        List<CheckIn> stored = checkIns().findByHabit(user.id(), habit.id(), SHARED_DAY.minusDays(THREADS),
                SHARED_DAY);
        assertThat(stored).hasSize(THREADS + 1);
        assertThat(stored.stream().map(CheckIn::day).distinct()).hasSize(THREADS + 1);
        // The shared day holds one of the writes made to it, whole (not a mix of two).
        assertThat(stored.getLast()).isIn(sharedDayWrites);
        // Each thread's own day holds that thread's final write: no write was lost.
        for (int thread = 0; thread < THREADS; thread++) {
            LocalDate ownDay = SHARED_DAY.minusDays(thread + 1);
            assertThat(checkIns().findByHabit(user.id(), habit.id(), ownDay, ownDay))
                    .containsExactly(written(thread, ROUNDS - 1, ownDay));
        }
    }

    @Test
    @DisplayName("16 threads each recording the same day and a day of their own in one transaction: all commit")
    void concurrentTransactionsAllCommit() throws Exception {
        Set<Integer> committed = ConcurrentHashMap.newKeySet();

        onAllThreadsAtOnce(thread -> {
            LocalDate ownDay = SHARED_DAY.minusDays(thread + 1);
            for (int round = 0; round < 5; round++) {
                int r = round;
                transactions().run(() -> {
                    checkIns().upsert(user.id(), written(thread, r, SHARED_DAY));
                    checkIns().upsert(user.id(), written(thread, r, ownDay));
                });
            }
            committed.add(thread);
        });

        assertThat(committed).hasSize(THREADS);
        assertThat(checkIns().findByHabit(user.id(), habit.id(), SHARED_DAY.minusDays(THREADS), SHARED_DAY))
                .hasSize(THREADS + 1);
    }

    @Test
    @DisplayName("two transactions that deadlock both commit: the victim is rolled back and run again")
    void deadlockVictimIsRetried() throws Exception {
        LocalDate a = SHARED_DAY;
        LocalDate b = SHARED_DAY.minusDays(1);
        checkIns().upsert(user.id(), CheckIn.done(habit.id(), a));
        checkIns().upsert(user.id(), CheckIn.done(habit.id(), b));
        // Both transactions hold their first row before either asks for its second: a certain deadlock.
        CountDownLatch bothHoldTheirFirstRow = new CountDownLatch(2);
        List<Integer> runs = Collections.synchronizedList(new ArrayList<>());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> forwards = pool.submit(() -> crossing(a, b, 0, bothHoldTheirFirstRow, runs));
            Future<?> backwards = pool.submit(() -> crossing(b, a, 1, bothHoldTheirFirstRow, runs));
            forwards.get(30, TimeUnit.SECONDS);
            backwards.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        // A victim ran again: PostgreSQL aborted it as the deadlock victim and the adapter retried it (on a
        // busy machine the retry can meet the other transaction once more before it gets through).
        assertThat(runs).hasSizeGreaterThanOrEqualTo(3);
        assertThat(new HashSet<>(runs)).containsExactlyInAnyOrder(0, 1);
        assertThat(checkIns().findByHabit(user.id(), habit.id(), b, a)).hasSize(2);
    }

    private void crossing(LocalDate firstDay, LocalDate secondDay, int thread, CountDownLatch bothHoldTheirFirstRow,
            List<Integer> runs) {
        transactions().run(() -> {
            runs.add(thread);
            checkIns().upsert(user.id(), written(thread, 0, firstDay));
            bothHoldTheirFirstRow.countDown();
            try {
                bothHoldTheirFirstRow.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            checkIns().upsert(user.id(), written(thread, 0, secondDay));
        });
    }
}
