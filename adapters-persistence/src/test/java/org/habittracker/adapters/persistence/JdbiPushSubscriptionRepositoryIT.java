package org.habittracker.adapters.persistence;

import org.habittracker.application.contract.PushSubscriptionRepositoryContract;
import org.habittracker.application.port.out.PushSubscriptionRepository;
import org.habittracker.application.port.out.UserRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPushSubscriptionRepositoryIT extends PushSubscriptionRepositoryContract {
    @RegisterExtension
    static final FreshSchema database = new FreshSchema();

    @Override
    protected UserRepository users() {
        return database.persistence().users();
    }

    @Override
    protected PushSubscriptionRepository subscriptions() {
        return database.persistence().pushSubscriptions();
    }
}
