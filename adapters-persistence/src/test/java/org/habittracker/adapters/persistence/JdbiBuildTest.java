package org.habittracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JdbiBuildTest {

    private static Jdbi unconnected() {
        return Jdbi.create(() -> {
            throw new SQLException("never connects");
        });
    }

    @Test
    @DisplayName("the Jdbi is built once, whoever asks and however often")
    void builtOnce() {
        AtomicInteger builds = new AtomicInteger();
        JdbiBuild build = new JdbiBuild(() -> {
            builds.incrementAndGet();
            return unconnected();
        });

        Jdbi first = build.get();

        assertThat(build.get()).isSameAs(first);
        assertThat(builds).hasValue(1);
    }

    @Test
    @DisplayName("callers that come while the build runs wait for it and get the same Jdbi")
    void concurrentCallersWait() throws Exception {
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger builds = new AtomicInteger();
        JdbiBuild build = new JdbiBuild(() -> {
            builds.incrementAndGet();
            building.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return unconnected();
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Jdbi>> callers = new ArrayList<>();
            callers.add(pool.submit(build::get));
            assertThat(building.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 3; i++) {
                callers.add(pool.submit(build::get));
            }
            release.countDown();

            Jdbi built = callers.getFirst().get(10, TimeUnit.SECONDS);
            for (Future<Jdbi> caller : callers) {
                assertThat(caller.get(10, TimeUnit.SECONDS)).isSameAs(built);
            }
            assertThat(builds).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("a build started in the background is the one the first caller gets")
    void inBackground() {
        AtomicInteger builds = new AtomicInteger();
        JdbiBuild build = new JdbiBuild(() -> {
            builds.incrementAndGet();
            return unconnected();
        });

        JdbiBuild.inBackground(build);

        assertThat(build.get()).isSameAs(build.get());
        assertThat(builds).hasValue(1);
    }

    @Test
    @DisplayName("a failed build reaches every caller as the exception the build threw")
    void failureReachesCallers() {
        IllegalStateException failure = new IllegalStateException("bad configuration");
        JdbiBuild build = new JdbiBuild(() -> {
            throw failure;
        });

        assertThatThrownBy(build::get).isSameAs(failure);
        assertThatThrownBy(build::get).isSameAs(failure);
    }
}
