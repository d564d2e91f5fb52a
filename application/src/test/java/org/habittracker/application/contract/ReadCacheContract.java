package org.habittracker.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.habittracker.application.port.out.ReadCache;
import org.habittracker.application.port.out.ReadModelKey;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every caching {@link ReadCache} does: a loaded value is served again until the owner's read models
 * are invalidated, and a value loaded before an invalidation is never served after it, however the load
 * and the write interleave. Values are strings, which every cache can store. Owners are random, so the
 * tests share a cache server safely. (A pass-through cache keeps none of these and needs no contract.)
 */
public abstract class ReadCacheContract {

    protected abstract ReadCache cache();

    private final UserId ada = new UserId(UUID.randomUUID());
    private final UserId bob = new UserId(UUID.randomUUID());
    private final ReadModelKey board = new ReadModelKey(ada, "board:2026-11-22");

    /** A loader that answers {@code value-1}, {@code value-2}, … and counts its calls. */
    private static final class CountingLoader {
        private final AtomicInteger calls = new AtomicInteger();
        private final String prefix;

        CountingLoader(String prefix) {
            this.prefix = prefix;
        }

        String load() {
            return prefix + calls.incrementAndGet();
        }

        int calls() {
            return calls.get();
        }
    }

    @Test
    @DisplayName("the first read returns what the loader answers")
    void firstReadRunsTheLoader() {
        CountingLoader loader = new CountingLoader("board-");

        assertThat(cache().get(board, String.class, loader::load)).isEqualTo("board-1");
        assertThat(loader.calls()).isEqualTo(1);
    }

    @Test
    @DisplayName("a second read returns the cached value without loading")
    void secondReadIsServedFromTheCache() {
        CountingLoader loader = new CountingLoader("board-");
        cache().get(board, String.class, loader::load);

        assertThat(cache().get(board, String.class, loader::load)).isEqualTo("board-1");
        assertThat(loader.calls()).isEqualTo(1);
    }

    @Test
    @DisplayName("a read model its caller serialised (bytes, not all of them text) is served back byte for byte")
    void serialisedBytesComeBackAsStored() {
        byte[] rendered = {'{', 0, (byte) 0xc3, (byte) 0xbc, (byte) 0xff, '}'};
        cache().get(board, byte[].class, () -> rendered.clone());

        assertThat(cache().get(board, byte[].class, () -> new byte[] {'x'})).containsExactly(rendered);
    }

    @Test
    @DisplayName("different names of the same owner are cached apart")
    void namesAreCachedApart() {
        ReadModelKey stats = new ReadModelKey(ada, "stats:habit:2026-11-22");
        cache().get(board, String.class, () -> "the board");

        assertThat(cache().get(stats, String.class, () -> "the stats")).isEqualTo("the stats");
        assertThat(cache().get(board, String.class, () -> "reloaded")).isEqualTo("the board");
    }

    @Test
    @DisplayName("the same name of two owners is cached apart")
    void ownersAreCachedApart() {
        cache().get(board, String.class, () -> "ada's board");

        assertThat(cache().get(new ReadModelKey(bob, board.name()), String.class, () -> "bob's board"))
                .isEqualTo("bob's board");
    }

    @Test
    @DisplayName("after invalidate the next read loads again")
    void invalidateMakesTheNextReadReload() {
        CountingLoader loader = new CountingLoader("board-");
        cache().get(board, String.class, loader::load);

        cache().invalidate(ada);

        assertThat(cache().get(board, String.class, loader::load)).isEqualTo("board-2");
        assertThat(cache().get(board, String.class, loader::load)).isEqualTo("board-2");
    }

    @Test
    @DisplayName("invalidate forgets every read model of the owner")
    void invalidateForgetsEveryNameOfTheOwner() {
        ReadModelKey stats = new ReadModelKey(ada, "stats:habit:2026-11-22");
        cache().get(board, String.class, () -> "old board");
        cache().get(stats, String.class, () -> "old stats");

        cache().invalidate(ada);

        assertThat(cache().get(board, String.class, () -> "new board")).isEqualTo("new board");
        assertThat(cache().get(stats, String.class, () -> "new stats")).isEqualTo("new stats");
    }

    @Test
    @DisplayName("invalidating one owner keeps another owner's read models")
    void invalidateIsScopedToTheOwner() {
        ReadModelKey bobsBoard = new ReadModelKey(bob, board.name());
        cache().get(bobsBoard, String.class, () -> "bob's board");

        cache().invalidate(ada);

        assertThat(cache().get(bobsBoard, String.class, () -> "reloaded")).isEqualTo("bob's board");
    }

    @Test
    @DisplayName("invalidating an owner with nothing cached is harmless")
    void invalidateWithNothingCached() {
        cache().invalidate(ada);

        assertThat(cache().get(board, String.class, () -> "fresh")).isEqualTo("fresh");
    }

    @Test
    @DisplayName("a value loaded while a write invalidated the owner is not served after the invalidation")
    void valueLoadedAcrossAnInvalidationIsNotServedAfterIt() {
        // The load reads the old data, then a write commits and invalidates, then the load finishes.
        String staleAnswer = cache().get(board, String.class, () -> {
            cache().invalidate(ada);
            return "stale";
        });

        assertThat(staleAnswer).as("the reader that started first still gets its answer").isEqualTo("stale");
        assertThat(cache().get(board, String.class, () -> "fresh")).isEqualTo("fresh");
    }

    @Test
    @DisplayName("the same holds when the load and the invalidation run on different threads")
    void concurrentLoadAndInvalidation() throws Exception {
        CountDownLatch loadStarted = new CountDownLatch(1);
        CountDownLatch writeDone = new CountDownLatch(1);
        CompletableFuture<String> slowRead = CompletableFuture.supplyAsync(() -> cache().get(board, String.class,
                () -> {
                    loadStarted.countDown();
                    await(writeDone);
                    return "stale";
                }));
        assertThat(loadStarted.await(5, TimeUnit.SECONDS)).isTrue();

        cache().invalidate(ada);
        writeDone.countDown();

        assertThat(slowRead.get(5, TimeUnit.SECONDS)).isEqualTo("stale");
        assertThat(cache().get(board, String.class, () -> "fresh")).isEqualTo("fresh");
    }

    @Test
    @DisplayName("a failing loader's exception reaches the caller and nothing is cached")
    void failingLoaderCachesNothing() {
        IllegalStateException failure = new IllegalStateException("database down");

        assertThatThrownBy(() -> cache().get(board, String.class, () -> {
            throw failure;
        })).isSameAs(failure);
        assertThat(cache().get(board, String.class, () -> "loaded")).isEqualTo("loaded");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test's write never came");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
