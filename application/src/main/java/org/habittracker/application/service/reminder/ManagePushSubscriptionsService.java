package org.habittracker.application.service.reminder;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.habittracker.application.error.ConflictException;
import org.habittracker.application.error.NotFoundException;
import org.habittracker.application.port.in.reminder.ManagePushSubscriptionsUseCase;
import org.habittracker.application.port.in.reminder.SubscribeCommand;
import org.habittracker.application.port.in.reminder.Subscribed;
import org.habittracker.application.port.out.IdGenerator;
import org.habittracker.application.port.out.PushDelivery;
import org.habittracker.application.port.out.PushSubscriptionRepository;
import org.habittracker.application.service.shared.CommandValidator;
import org.habittracker.application.service.shared.OwnerWrites;
import org.habittracker.domain.reminder.PushSubscription;
import org.habittracker.domain.reminder.PushSubscriptionId;
import org.habittracker.domain.shared.InvalidInputException;
import org.habittracker.domain.user.UserId;

/**
 * An owner's browsers. The limit is checked in the owner's write, so parallel subscribes cannot pass it; the
 * same endpoint again is the same browser with fresh keys, not a new subscription.
 */
public final class ManagePushSubscriptionsService implements ManagePushSubscriptionsUseCase {
    private final PushSubscriptionRepository subscriptions;
    private final Optional<PushDelivery> push;
    private final OwnerWrites writes;
    private final CommandValidator validator;
    private final Clock clock;
    private final IdGenerator ids;

    public ManagePushSubscriptionsService(PushSubscriptionRepository subscriptions, Optional<PushDelivery> push,
            OwnerWrites writes, CommandValidator validator, Clock clock, IdGenerator ids) {
        this.subscriptions = subscriptions;
        this.push = push;
        this.writes = writes;
        this.validator = validator;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public Optional<String> publicKey() {
        return push.flatMap(PushDelivery::applicationServerKey);
    }

    @Override
    public Subscribed subscribe(SubscribeCommand command) {
        validator.validate(command);
        URI[] endpoint = new URI[1];
        InvalidInputException.requireAll(
                () -> endpoint[0] = PushSubscription.checkEndpoint(command.endpoint()),
                () -> PushSubscription.checkP256dh(command.p256dh()),
                () -> PushSubscription.checkAuth(command.auth()));
        PushSubscription candidate = new PushSubscription(new PushSubscriptionId(ids.newId()), command.owner(),
                endpoint[0], command.p256dh(), command.auth(), clock.instant());
        return writes.write(command.owner(), () -> {
            // One read serves both questions: is this browser known, and is there room for another.
            List<PushSubscription> current = subscriptions.findAll(command.owner());
            boolean known = current.stream().anyMatch(s -> s.endpoint().equals(candidate.endpoint()));
            if (!known && current.size() >= PushSubscription.MAX_PER_USER) {
                throw new ConflictException("endpoint", "at most " + PushSubscription.MAX_PER_USER
                        + " browsers may receive reminders; remove one first");
            }
            PushSubscription stored = subscriptions.save(candidate);
            return new Subscribed(stored, stored.id().equals(candidate.id()));
        });
    }

    @Override
    public List<PushSubscription> list(UserId owner) {
        return subscriptions.findAll(owner);
    }

    @Override
    public void unsubscribe(UserId owner, PushSubscriptionId id) {
        if (!writes.write(owner, () -> subscriptions.delete(owner, id))) {
            throw new NotFoundException("push subscription", id);
        }
    }
}
