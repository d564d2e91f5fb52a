package org.habittracker.application.service.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.habittracker.application.error.ConflictException;
import org.habittracker.application.error.NotFoundException;
import org.habittracker.application.port.in.reminder.ManagePushSubscriptionsUseCase;
import org.habittracker.application.port.in.reminder.SubscribeCommand;
import org.habittracker.application.port.in.reminder.Subscribed;
import org.habittracker.application.testing.InMemoryApplication;
import org.habittracker.application.testing.RecordingPushDelivery;
import org.habittracker.domain.reminder.PushSubscription;
import org.habittracker.domain.shared.FieldViolation;
import org.habittracker.domain.shared.InvalidInputException;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ManagePushSubscriptionsServiceTest {
    static final String P256DH = key(65, (byte) 4);
    static final String AUTH = key(16, (byte) 7);

    private final InMemoryApplication app = new InMemoryApplication();
    private final ManagePushSubscriptionsUseCase push = app.services().pushSubscriptions();
    private final UserId ada = app.registerUser("ada");
    private final UserId bob = app.registerUser("bob");

    static String key(int length, byte first) {
        byte[] bytes = new byte[length];
        bytes[0] = first;
        bytes[length - 1] = first;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private Subscribed subscribe(UserId owner, String endpoint, String auth) {
        return push.subscribe(new SubscribeCommand(owner, endpoint, P256DH, auth));
    }

    @Test
    @DisplayName("the public key is the delivery's")
    void publicKey() {
        assertThat(push.publicKey()).contains(RecordingPushDelivery.PUBLIC_KEY);
    }

    @Test
    @DisplayName("the same endpoint again keeps its id and takes the new keys")
    void sameEndpointAgain() {
        Subscribed first = subscribe(ada, "https://push.example.net/a", AUTH);
        Subscribed again = subscribe(ada, "https://push.example.net/a", key(16, (byte) 9));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.subscription().id()).isEqualTo(first.subscription().id());
        assertThat(push.list(ada)).singleElement().extracting(PushSubscription::auth).isEqualTo(key(16, (byte) 9));
    }

    @Test
    @DisplayName("each owner sees and removes only their own subscriptions")
    void ownerScoped() {
        Subscribed adas = subscribe(ada, "https://push.example.net/a", AUTH);
        subscribe(bob, "https://push.example.net/a", AUTH);

        assertThat(push.list(bob)).hasSize(1);
        assertThatThrownBy(() -> push.unsubscribe(bob, adas.subscription().id())).isInstanceOf(NotFoundException.class);
        push.unsubscribe(ada, adas.subscription().id());
        assertThat(push.list(ada)).isEmpty();
        assertThat(push.list(bob)).hasSize(1);
    }

    @Test
    @DisplayName("a 21st browser is a conflict; a known one still updates")
    void limit() {
        for (int i = 0; i < PushSubscription.MAX_PER_USER; i++) {
            subscribe(ada, "https://push.example.net/" + i, AUTH);
        }

        assertThatThrownBy(() -> subscribe(ada, "https://push.example.net/new", AUTH))
                .isInstanceOf(ConflictException.class);
        assertThat(subscribe(ada, "https://push.example.net/3", AUTH).created()).isFalse();
    }

    @Test
    @DisplayName("bad parts are refused together, each named as in the body")
    void badParts() {
        assertThatThrownBy(() -> push.subscribe(new SubscribeCommand(ada, "http://push.example.net/a", "AAAA", "x")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("endpoint", "keys.p256dh", "keys.auth"));
    }
}
