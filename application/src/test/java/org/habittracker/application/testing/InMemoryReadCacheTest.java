package org.habittracker.application.testing;

import org.habittracker.application.contract.ReadCacheContract;
import org.habittracker.application.port.out.ReadCache;

/** The {@link ReadCacheContract} run against the in-memory fake, so that tests built on the fake can trust it. */
class InMemoryReadCacheTest extends ReadCacheContract {
    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected ReadCache cache() {
        return ports.readCache();
    }
}
