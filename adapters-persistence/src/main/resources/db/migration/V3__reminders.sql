-- Reminders (issue 17). Each habit has at most one (domain Reminder) and the reminder stores its next send
-- (domain ReminderSchedule.Due): the scheduler finds every due reminder with one range scan of
-- reminders_next_due_idx per minute instead of computing anything per user. Every edit, snooze, send and change
-- of the owner's time zone or day start recomputes it.
CREATE TABLE reminders (
    habit_id     uuid        PRIMARY KEY,
    owner_id     uuid        NOT NULL,
    time_of_day  time        NOT NULL CONSTRAINT reminders_whole_minutes CHECK (extract(second FROM time_of_day) = 0),
    -- The weekdays as bits, Monday = 1 … Sunday = 64; at least one.
    days         smallint    NOT NULL CONSTRAINT reminders_days_range CHECK (days BETWEEN 1 AND 127),
    -- A snooze: when it rings, and the owner's day whose remaining sends it replaces.
    snooze_until timestamptz,
    snooze_day   date,
    next_due_at  timestamptz NOT NULL,
    next_due_day date        NOT NULL,
    next_snoozed boolean     NOT NULL,
    CONSTRAINT reminders_snooze_whole CHECK ((snooze_until IS NULL) = (snooze_day IS NULL)),
    FOREIGN KEY (habit_id, owner_id) REFERENCES habits (id, owner_id) ON DELETE CASCADE
);

CREATE INDEX reminders_next_due_idx ON reminders (next_due_at);
CREATE INDEX reminders_owner_idx ON reminders (owner_id);

-- Browsers' push subscriptions; the same endpoint again (same owner) is the same browser with fresh keys.
CREATE TABLE push_subscriptions (
    id         uuid        PRIMARY KEY,
    owner_id   uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    endpoint   text        NOT NULL CONSTRAINT push_subscriptions_endpoint_length CHECK (length(endpoint) <= 2000),
    p256dh     text        NOT NULL,
    auth       text        NOT NULL,
    created_at timestamptz NOT NULL,
    CONSTRAINT push_subscriptions_owner_endpoint_key UNIQUE (owner_id, endpoint)
);

-- The at-most-once record: a send ("day:2026-12-07" or "snooze:<instant>") is claimed with
-- INSERT … ON CONFLICT DO NOTHING before it is pushed, so of two senders racing only one pushes.
CREATE TABLE reminder_sends (
    habit_id   uuid        NOT NULL,
    owner_id   uuid        NOT NULL,
    send_key   text        NOT NULL,
    claimed_at timestamptz NOT NULL,
    PRIMARY KEY (habit_id, send_key),
    FOREIGN KEY (habit_id, owner_id) REFERENCES habits (id, owner_id) ON DELETE CASCADE
);
