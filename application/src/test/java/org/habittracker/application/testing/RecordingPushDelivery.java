package org.habittracker.application.testing;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.habittracker.application.port.out.PushDelivery;
import org.habittracker.application.port.out.PushMessage;
import org.habittracker.application.port.out.PushOutcome;
import org.habittracker.application.port.out.PushTarget;

/** A push delivery that keeps what it was asked to send and answers Delivered, or what a test says per endpoint. */
public final class RecordingPushDelivery implements PushDelivery {
    public static final String PUBLIC_KEY = "BPublicKeyForTestsOnly";

    /** One push asked for. */
    public record Sent(PushTarget target, PushMessage message) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Map<URI, PushOutcome> answers = new HashMap<>();
    private volatile Duration delay = Duration.ZERO;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    @Override
    public Optional<String> applicationServerKey() {
        return Optional.of(PUBLIC_KEY);
    }

    @Override
    public PushOutcome deliver(PushTarget target, PushMessage message) {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            if (!delay.isZero()) {
                Thread.sleep(delay);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
        }
        sent.add(new Sent(target, message));
        synchronized (this) {
            return answers.getOrDefault(target.endpoint(), new PushOutcome.Delivered());
        }
    }

    /** Answers only after {@code each}, as a slow push service: makes concurrent senders overlap. */
    public void delayEachPush(Duration each) {
        delay = each;
    }

    /** From now on, pushes to {@code endpoint} get {@code outcome}. */
    public synchronized void answer(URI endpoint, PushOutcome outcome) {
        answers.put(endpoint, outcome);
    }

    /** The most pushes that were being delivered at one moment. */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }
}
