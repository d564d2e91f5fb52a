package org.habittracker.application.testing;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.habittracker.application.port.out.IdGenerator;

/**
 * Predictable ids for tests: version-7 shaped UUIDs with a fixed time part and a counter, so they sort in
 * the order they were made ({@code 00000000-0000-7000-8000-000000000001}, …).
 */
public final class SequentialIdGenerator implements IdGenerator {
    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_IETF = 0x8000_0000_0000_0000L;

    private final AtomicLong counter = new AtomicLong();

    @Override
    public UUID newId() {
        return new UUID(VERSION_7, VARIANT_IETF | counter.incrementAndGet());
    }
}
