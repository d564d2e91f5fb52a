package org.habittracker.adapters.persistence;

import static java.util.stream.Collectors.toUnmodifiableList;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.habittracker.application.port.out.PushSubscriptionRepository;
import org.habittracker.domain.reminder.PushSubscription;
import org.habittracker.domain.reminder.PushSubscriptionId;
import org.habittracker.domain.user.UserId;
import org.jdbi.v3.core.mapper.RowMapper;

/** Push subscriptions in {@code push_subscriptions}, unique per (owner, endpoint). */
final class JdbiPushSubscriptionRepository implements PushSubscriptionRepository {
    private static final String COLUMNS = "id, owner_id, endpoint, p256dh, auth, created_at";
    /** The same browser again: its row keeps its id and creation and takes the new keys, in one statement. */
    private static final String UPSERT = "INSERT INTO push_subscriptions (" + COLUMNS + ") "
            + "VALUES (:id, :ownerId, :endpoint, :p256dh, :auth, :createdAt) "
            + "ON CONFLICT (owner_id, endpoint) DO UPDATE SET p256dh = EXCLUDED.p256dh, auth = EXCLUDED.auth "
            + "RETURNING " + COLUMNS;
    private static final String FIND_ALL = "SELECT " + COLUMNS + " FROM push_subscriptions WHERE owner_id = :owner "
            + "ORDER BY created_at, id";
    private static final String DELETE = "DELETE FROM push_subscriptions WHERE id = :id AND owner_id = :owner";

    private static final RowMapper<PushSubscription> SUBSCRIPTION = (rs, ctx) -> new PushSubscription(
            new PushSubscriptionId(rs.getObject("id", UUID.class)),
            new UserId(rs.getObject("owner_id", UUID.class)),
            URI.create(rs.getString("endpoint")),
            rs.getString("p256dh"),
            rs.getString("auth"),
            Timestamps.instant(rs.getObject("created_at", OffsetDateTime.class)));

    private final GuardedJdbi jdbi;

    JdbiPushSubscriptionRepository(GuardedJdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public PushSubscription save(PushSubscription subscription) {
        return jdbi.withHandle(handle -> handle.createQuery(UPSERT)
                .bind("id", subscription.id().value())
                .bind("ownerId", subscription.owner().value())
                .bind("endpoint", subscription.endpoint().toString())
                .bind("p256dh", subscription.p256dh())
                .bind("auth", subscription.auth())
                .bind("createdAt", Timestamps.utc(subscription.createdAt()))
                .map(SUBSCRIPTION)
                .one());
    }

    @Override
    public List<PushSubscription> findAll(UserId owner) {
        return jdbi.withHandle(handle -> handle.createQuery(FIND_ALL)
                .bind("owner", owner.value())
                .map(SUBSCRIPTION)
                .collect(toUnmodifiableList()));
    }

    @Override
    public boolean delete(UserId owner, PushSubscriptionId id) {
        return jdbi.withHandle(handle -> handle.createUpdate(DELETE)
                .bind("id", id.value())
                .bind("owner", owner.value())
                .execute()) > 0;
    }
}
