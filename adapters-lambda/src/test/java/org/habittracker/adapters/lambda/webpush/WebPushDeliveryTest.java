package org.habittracker.adapters.lambda.webpush;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.habittracker.application.port.out.PushMessage;
import org.habittracker.application.port.out.PushOutcome;
import org.habittracker.application.port.out.PushTarget;
import org.habittracker.application.testing.MutableClock;

class WebPushDeliveryTest {

    private static final String PAYLOAD = "{\"type\":\"reminder\",\"habitId\":\"0190a1b2-0000-7000-8000-000000000001\","
            + "\"day\":\"2026-12-06\",\"title\":\"Read ☕\",\"body\":\"Time for Read\",\"measured\":false,"
            + "\"url\":\"/habits/0190a1b2-0000-7000-8000-000000000001\"}";
    private static final PushMessage MESSAGE = new PushMessage(PAYLOAD, Duration.ofHours(1),
            Optional.of("r0190a1b2000070008000000000000"));
    private static final VapidCredentials CREDENTIALS = VapidKeys.generate().credentials("mailto:ops@example.com");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T08:30:00Z"));
    private final PushServiceStandIn pushService = PushServiceStandIn.start(clock);
    /** The push service stand-in listens on this machine's loopback. */
    private static final PushEndpointGuard ON_THIS_MACHINE = PushEndpointGuard.anyAddress();

    private final WebPushDelivery delivery = WebPushDelivery.of(CREDENTIALS, clock, ON_THIS_MACHINE);

    @AfterEach
    void stop() {
        pushService.close();
    }

    @Test
    void theBrowserDecryptsExactlyThePayloadSent() {
        PushServiceStandIn.Subscription browser = pushService.subscribe(delivery.applicationServerKey().orElseThrow());

        PushOutcome outcome = delivery.deliver(browser.target(), MESSAGE);

        assertThat(pushService.refusals()).isEmpty();
        assertThat(outcome).isEqualTo(new PushOutcome.Delivered());
        assertThat(pushService.receivedBy(browser)).singleElement()
                .satisfies(push -> assertThat(push.plaintext()).isEqualTo(PAYLOAD));
    }

    @Test
    void deployedItSendsNothingToAPushServiceOnThisMachinesLoopback() {
        WebPushDelivery deployed = WebPushDelivery.of(CREDENTIALS, clock, PushEndpointGuard.publicOnly());
        PushServiceStandIn.Subscription browser = pushService.subscribe();

        assertThat(deployed.deliver(browser.target(), MESSAGE)).isInstanceOfSatisfying(PushOutcome.NotDelivered.class,
                notDelivered -> assertThat(notDelivered.reason()).contains("not an https URL"));
        assertThat(pushService.received()).isEmpty();
    }

    @Test
    void sendsTtlTopicAndNormalUrgency() {
        PushServiceStandIn.Subscription browser = pushService.subscribe();

        delivery.deliver(browser.target(), MESSAGE);

        PushServiceStandIn.Received push = pushService.receivedBy(browser).getFirst();
        assertThat(push.ttlSeconds()).isEqualTo(3600);
        assertThat(push.topic()).contains("r0190a1b2000070008000000000000");
        assertThat(push.urgency()).contains("normal");
    }

    @Test
    void theVapidJwtIsForThePushServicesOriginExpiresWithin24HoursAndNamesTheSubject() {
        PushServiceStandIn.Subscription browser = pushService.subscribe(CREDENTIALS.publicKey());

        delivery.deliver(browser.target(), MESSAGE);

        assertThat(pushService.refusals()).isEmpty();
        PushServiceStandIn.Received push = pushService.receivedBy(browser).getFirst();
        assertThat(push.audience()).isEqualTo(pushService.origin().toString());
        assertThat(push.expires()).isAfter(clock.instant()).isBeforeOrEqualTo(clock.instant().plus(Duration.ofHours(24)));
        assertThat(push.subject()).isEqualTo("mailto:ops@example.com");
        assertThat(push.vapidKey()).isEqualTo(CREDENTIALS.publicKey());
    }

    @Test
    void aSubscriptionMadeWithAnotherApplicationServerKeyIsRefusedByThePushService() {
        PushServiceStandIn.Subscription browser = pushService.subscribe(VapidKeys.generate().publicKeyBase64());

        PushOutcome outcome = delivery.deliver(browser.target(), MESSAGE);

        assertThat(outcome).isInstanceOfSatisfying(PushOutcome.NotDelivered.class,
                notDelivered -> assertThat(notDelivered.reason()).contains("403"));
    }

    @Test
    void anEndpointOnAnotherOriginGetsAJwtForItsOwnAudience() {
        try (PushServiceStandIn other = PushServiceStandIn.start(clock)) {
            PushServiceStandIn.Subscription here = pushService.subscribe();
            PushServiceStandIn.Subscription there = other.subscribe();

            assertThat(delivery.deliver(here.target(), MESSAGE)).isEqualTo(new PushOutcome.Delivered());
            assertThat(delivery.deliver(there.target(), MESSAGE)).isEqualTo(new PushOutcome.Delivered());

            assertThat(other.refusals()).isEmpty();
            assertThat(other.receivedBy(there).getFirst().audience()).isEqualTo(other.origin().toString())
                    .isNotEqualTo(pushService.origin().toString());
        }
    }

    @Test
    void aTokenIsReusedWithinTheHourAndRenewedAfterIt() {
        PushServiceStandIn.Subscription browser = pushService.subscribe();

        delivery.deliver(browser.target(), MESSAGE);
        clock.advance(Duration.ofMinutes(59));
        delivery.deliver(browser.target(), MESSAGE);
        clock.advance(Duration.ofMinutes(2));
        delivery.deliver(browser.target(), MESSAGE);

        var pushes = pushService.receivedBy(browser);
        assertThat(pushes).hasSize(3);
        assertThat(pushes.get(1).expires()).isEqualTo(pushes.get(0).expires());
        assertThat(pushes.get(2).expires()).isAfter(pushes.get(1).expires());
        assertThat(pushService.refusals()).isEmpty();
    }

    @Test
    void anExpiredSubscriptionIsGoneWith410() {
        PushServiceStandIn.Subscription browser = pushService.subscribe();
        pushService.markGone(browser, 410);

        assertThat(delivery.deliver(browser.target(), MESSAGE)).isEqualTo(new PushOutcome.SubscriptionGone(410));
    }

    @Test
    void anUnknownSubscriptionIsGoneWith404() {
        PushServiceStandIn.Subscription browser = pushService.subscribe();
        pushService.markGone(browser, 404);

        assertThat(delivery.deliver(browser.target(), MESSAGE)).isEqualTo(new PushOutcome.SubscriptionGone(404));
    }

    @Test
    void aServerErrorIsNotDeliveredWithTheStatusAsReason() {
        PushServiceStandIn.Subscription browser = pushService.subscribe();
        pushService.answerEveryPush(500);

        assertThat(delivery.deliver(browser.target(), MESSAGE)).isInstanceOfSatisfying(PushOutcome.NotDelivered.class,
                notDelivered -> assertThat(notDelivered.reason()).contains("500"));
    }

    @Test
    void aPushServiceThatDoesNotAnswerInTimeIsNotDelivered() {
        WebPushDelivery impatient = new WebPushDelivery(() -> CREDENTIALS, clock, ON_THIS_MACHINE,
                Duration.ofSeconds(1), Duration.ofMillis(300));
        PushServiceStandIn.Subscription browser = pushService.subscribe();
        pushService.answerAfter(Duration.ofSeconds(3));

        assertThat(impatient.deliver(browser.target(), MESSAGE)).isInstanceOfSatisfying(PushOutcome.NotDelivered.class,
                notDelivered -> assertThat(notDelivered.reason()).contains("in time"));
    }

    @Test
    void aRefusedConnectionIsNotDelivered() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        PushServiceStandIn.Subscription browser = pushService.subscribe();
        PushTarget nowhere = new PushTarget(URI.create("http://127.0.0.1:" + closedPort + "/push/x"),
                browser.target().p256dh(), browser.target().auth());

        assertThat(delivery.deliver(nowhere, MESSAGE)).isInstanceOfSatisfying(PushOutcome.NotDelivered.class,
                notDelivered -> assertThat(notDelivered.reason()).contains("connect"));
    }

    @Test
    void subscriptionKeysThatAreNotAPointAreNotDeliveredAndNothingIsSent() {
        PushServiceStandIn.Subscription browser = pushService.subscribe();
        PushTarget broken = new PushTarget(browser.endpoint(), "AAAA", browser.target().auth());

        assertThat(delivery.deliver(broken, MESSAGE)).isInstanceOf(PushOutcome.NotDelivered.class);
        assertThat(pushService.received()).isEmpty();
        assertThat(pushService.refusals()).isEmpty();
    }

    @Test
    void aTopicLongerThan32CharactersIsNotDeliveredAndNothingIsSent() {
        PushServiceStandIn.Subscription browser = pushService.subscribe();
        PushMessage longTopic = new PushMessage(PAYLOAD, Duration.ofHours(1), Optional.of("r" + "0".repeat(32)));

        assertThat(delivery.deliver(browser.target(), longTopic)).isInstanceOfSatisfying(PushOutcome.NotDelivered.class,
                notDelivered -> assertThat(notDelivered.reason()).contains("Topic"));
        assertThat(pushService.received()).isEmpty();
    }

    @Test
    void aPayloadTooLargeForAPushMessageIsNotDelivered() {
        PushServiceStandIn.Subscription browser = pushService.subscribe();
        PushMessage huge = new PushMessage("\"" + "x".repeat(4000) + "\"", Duration.ofHours(1), Optional.empty());

        assertThat(delivery.deliver(browser.target(), huge)).isInstanceOfSatisfying(PushOutcome.NotDelivered.class,
                notDelivered -> assertThat(notDelivered.reason()).contains("3993"));
    }

    @Test
    void theCredentialsAreNotAskedForUntilNeeded() {
        AtomicInteger asked = new AtomicInteger();
        WebPushDelivery lazy = new WebPushDelivery(() -> {
            asked.incrementAndGet();
            return CREDENTIALS;
        }, clock, ON_THIS_MACHINE);
        assertThat(asked).hasValue(0);

        assertThat(lazy.applicationServerKey()).contains(CREDENTIALS.publicKey());
        lazy.deliver(pushService.subscribe().target(), MESSAGE);
        lazy.deliver(pushService.subscribe().target(), MESSAGE);

        assertThat(asked).hasValue(1);
    }

    @Test
    void credentialsThatCannotBeHadAreNotDeliveredAndAskedForAgainNextTime() {
        AtomicInteger asked = new AtomicInteger();
        WebPushDelivery failing = new WebPushDelivery(() -> {
            if (asked.incrementAndGet() == 1) {
                throw new IllegalStateException("the secrets extension answered 400");
            }
            return CREDENTIALS;
        }, clock, ON_THIS_MACHINE);
        PushServiceStandIn.Subscription browser = pushService.subscribe();

        assertThat(failing.deliver(browser.target(), MESSAGE)).isInstanceOfSatisfying(PushOutcome.NotDelivered.class,
                notDelivered -> assertThat(notDelivered.reason()).contains("VAPID", "answered 400"));
        assertThat(failing.deliver(browser.target(), MESSAGE)).isEqualTo(new PushOutcome.Delivered());
    }

    @Test
    void credentialsThatCannotBeHadGiveNoPublicKeyAndDeliverNothing() {
        WebPushDelivery failing = new WebPushDelivery(() -> {
            throw new IllegalStateException("the secret lacks [publicKey]");
        }, clock, ON_THIS_MACHINE);

        assertThat(failing.applicationServerKey()).isEmpty();
        assertThat(failing.deliver(pushService.subscribe().target(), MESSAGE)).isInstanceOfSatisfying(
                PushOutcome.NotDelivered.class, notDelivered -> assertThat(notDelivered.reason()).contains("lacks [publicKey]"));
    }

    @Test
    void aMismatchedKeyPairIsNotDeliveredSayingWhy() {
        VapidCredentials mismatched = new VapidCredentials(CREDENTIALS.publicKey(),
                VapidKeys.generate().privateKeyBase64(), "mailto:ops@example.com");

        assertThat(WebPushDelivery.of(mismatched, clock, ON_THIS_MACHINE).deliver(pushService.subscribe().target(), MESSAGE))
                .isInstanceOfSatisfying(PushOutcome.NotDelivered.class,
                        notDelivered -> assertThat(notDelivered.reason()).contains("not usable"));
    }

    @Test
    void theAudienceOmitsTheDefaultPortAndKeepsAnotherOne() {
        assertThat(VapidTokens.origin(URI.create("https://fcm.googleapis.com:443/fcm/send/abc"))).isEqualTo(
                "https://fcm.googleapis.com");
        assertThat(VapidTokens.origin(URI.create("https://Push.Example.com:8443/x"))).isEqualTo(
                "https://push.example.com:8443");
    }
}
