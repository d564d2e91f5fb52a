package org.habittracker.application.testing;

import org.habittracker.application.contract.PushSubscriptionRepositoryContract;
import org.habittracker.application.port.out.PushSubscriptionRepository;
import org.habittracker.application.port.out.UserRepository;

/** The {@link PushSubscriptionRepositoryContract} run against the in-memory fake. */
class InMemoryPushSubscriptionRepositoryTest extends PushSubscriptionRepositoryContract {
    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected UserRepository users() {
        return ports.users();
    }

    @Override
    protected PushSubscriptionRepository subscriptions() {
        return ports.pushSubscriptions();
    }
}
