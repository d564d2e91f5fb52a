package org.habittracker.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.habittracker.application.port.out.PushSubscriptionRepository;
import org.habittracker.application.port.out.UserRepository;
import org.habittracker.application.testing.TestData;
import org.habittracker.domain.reminder.PushSubscription;
import org.habittracker.domain.reminder.PushSubscriptionId;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link PushSubscriptionRepository} does: one subscription per (owner, endpoint), owner-scoped. */
public abstract class PushSubscriptionRepositoryContract {
    private static final Instant CREATED = Instant.parse("2026-12-06T10:00:00.123456Z");

    protected abstract UserRepository users();

    protected abstract PushSubscriptionRepository subscriptions();

    private UserId ada;
    private UserId bob;

    @BeforeEach
    void createOwners() {
        ada = addUser();
        bob = addUser();
    }

    private UserId addUser() {
        User user = TestData.user();
        users().add(user);
        return user.id();
    }

    private static String key(int length, int fill) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, (byte) fill);
        bytes[0] = 4;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static PushSubscription subscription(UserId owner, String endpoint, int keyFill, int minutes) {
        return new PushSubscription(new PushSubscriptionId(UUID.randomUUID()), owner, URI.create(endpoint),
                key(65, keyFill), key(16, keyFill), CREATED.plusSeconds(60L * minutes));
    }

    @Test
    @DisplayName("saved subscriptions are listed oldest first, for their owner only")
    void saveAndList() {
        PushSubscription laptop = subscriptions().save(subscription(ada, "https://push.example.net/a", 1, 0));
        PushSubscription phone = subscriptions().save(subscription(ada, "https://push.example.net/b", 1, 5));

        assertThat(subscriptions().findAll(ada)).containsExactly(laptop, phone);
        assertThat(subscriptions().findAll(bob)).isEmpty();
    }

    @Test
    @DisplayName("the same endpoint again keeps the first id and creation, with the new keys; another owner's is separate")
    void sameEndpoint() {
        PushSubscription first = subscriptions().save(subscription(ada, "https://push.example.net/a", 1, 0));
        PushSubscription again = subscriptions().save(subscription(ada, "https://push.example.net/a", 2, 9));
        PushSubscription bobs = subscriptions().save(subscription(bob, "https://push.example.net/a", 3, 0));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.createdAt()).isEqualTo(first.createdAt());
        assertThat(again.auth()).isEqualTo(key(16, 2));
        assertThat(subscriptions().findAll(ada)).containsExactly(again);
        assertThat(bobs.id()).isNotEqualTo(first.id());
    }

    @Test
    @DisplayName("delete removes the owner's subscription only; gone with the owner")
    void delete() {
        PushSubscription laptop = subscriptions().save(subscription(ada, "https://push.example.net/a", 1, 0));
        subscriptions().save(subscription(bob, "https://push.example.net/b", 1, 0));

        assertThat(subscriptions().delete(bob, laptop.id())).isFalse();
        assertThat(subscriptions().delete(ada, laptop.id())).isTrue();
        assertThat(subscriptions().findAll(ada)).isEmpty();

        users().delete(bob);
        assertThat(subscriptions().findAll(bob)).isEmpty();
    }
}
