package org.habittracker.adapters.lambda.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Each Redis failure counted by the cache is reported on exactly one request line")
class UnreportedFailuresTest {

    private final AtomicLong failures = new AtomicLong();
    private final UnreportedFailures unreported = new UnreportedFailures(
            () -> new CacheCounters.Snapshot(0, 0, failures.get()));

    @Test
    @DisplayName("failures from before the handler was built are not reported; later ones once")
    void claimsOnce() {
        failures.set(5);
        UnreportedFailures fresh = new UnreportedFailures(() -> new CacheCounters.Snapshot(0, 0, failures.get()));
        failures.addAndGet(3);

        assertThat(fresh.claim()).isEqualTo(3);
        assertThat(fresh.claim()).isZero();
    }

    @Test
    @DisplayName("claimed by eight threads at once while failures happen, the claims add up to the failures")
    void concurrentClaims() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> claims = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                claims.add(pool.submit(() -> {
                    long claimed = 0;
                    for (int i = 0; i < 10_000; i++) {
                        failures.incrementAndGet();
                        claimed += unreported.claim();
                    }
                    return claimed;
                }));
            }
            long total = 0;
            for (Future<Long> claim : claims) {
                total += claim.get();
            }
            total += unreported.claim();

            assertThat(total).isEqualTo(80_000);
        } finally {
            pool.shutdownNow();
        }
    }
}
