-- Habit Tracker schema, version 1.
--
-- The constraints mirror the domain's rules (org.habittracker.domain.*), so that a row the domain
-- would refuse cannot be written even by a buggy caller. Every owned row carries owner_id, and the
-- rows under a habit reference (habit_id, owner_id) together, so a row can never sit under another
-- user's habit. Instants are timestamptz, days are date.

CREATE TABLE users (
    id             uuid        PRIMARY KEY,
    -- Usernames are case-insensitive: the domain keeps them lower-case and the check holds it to that,
    -- so the plain unique constraint is a case-insensitive one.
    username       text        NOT NULL CONSTRAINT users_username_key UNIQUE
                               CONSTRAINT users_username_format CHECK (username ~ '^[a-z0-9._-]{3,32}$'),
    password_hash  text        NOT NULL CONSTRAINT users_password_hash_present CHECK (length(password_hash) > 0),
    time_zone      text        NOT NULL CONSTRAINT users_time_zone_length CHECK (length(time_zone) BETWEEN 1 AND 64),
    day_start_hour smallint    NOT NULL CONSTRAINT users_day_start_hour_range CHECK (day_start_hour BETWEEN 0 AND 5),
    week_start     text        NOT NULL CONSTRAINT users_week_start_day CHECK (week_start IN
                               ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    created_at     timestamptz NOT NULL
);

CREATE TABLE sessions (
    -- The SHA-256 of the cookie's token; the token itself is never stored.
    token_hash char(64)    PRIMARY KEY CONSTRAINT sessions_token_hash_hex CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_id_idx ON sessions (user_id);

CREATE TABLE habits (
    id                uuid        PRIMARY KEY,
    owner_id          uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name              text        NOT NULL CONSTRAINT habits_name_length CHECK (char_length(name) BETWEEN 1 AND 100),
    description       text        NOT NULL CONSTRAINT habits_description_length CHECK (char_length(description) <= 1000),
    color             text        NOT NULL CONSTRAINT habits_color_format CHECK (color ~ '^#[0-9a-f]{6}$'),
    emoji             text        CONSTRAINT habits_emoji_length CHECK (char_length(emoji) BETWEEN 1 AND 16),

    -- Schedule, one of five shapes; each shape fills exactly the columns it needs.
    schedule_type     text        NOT NULL CONSTRAINT habits_schedule_type_known CHECK (schedule_type IN
                                  ('DAILY', 'WEEKDAYS', 'TIMES_PER_WINDOW', 'TIMES_PER_WEEK', 'TIMES_PER_MONTH')),
    schedule_times    smallint,
    schedule_days     smallint,
    -- Weekdays as a bit mask: bit 0 is Monday … bit 6 is Sunday (ISO day number − 1).
    schedule_weekdays smallint,
    CONSTRAINT habits_schedule_shape CHECK (CASE schedule_type
        WHEN 'DAILY' THEN schedule_times IS NULL AND schedule_days IS NULL AND schedule_weekdays IS NULL
        WHEN 'WEEKDAYS' THEN schedule_times IS NULL AND schedule_days IS NULL
                             AND schedule_weekdays BETWEEN 1 AND 127
        WHEN 'TIMES_PER_WINDOW' THEN schedule_weekdays IS NULL AND schedule_days BETWEEN 1 AND 365
                                     AND schedule_times BETWEEN 1 AND schedule_days
        WHEN 'TIMES_PER_WEEK' THEN schedule_days IS NULL AND schedule_weekdays IS NULL
                                   AND schedule_times BETWEEN 1 AND 7
        WHEN 'TIMES_PER_MONTH' THEN schedule_days IS NULL AND schedule_weekdays IS NULL
                                    AND schedule_times BETWEEN 1 AND 31
    END),

    -- Goal: yes/no, or a measured amount with target, unit and direction (all three or none).
    goal_type         text        NOT NULL CONSTRAINT habits_goal_type_known CHECK (goal_type IN ('YES_NO', 'MEASURED')),
    goal_target       numeric     CONSTRAINT habits_goal_target_not_negative CHECK (goal_target >= 0),
    goal_unit         text        CONSTRAINT habits_goal_unit_length CHECK (char_length(goal_unit) <= 20),
    goal_direction    text        CONSTRAINT habits_goal_direction_known CHECK (goal_direction IN ('AT_LEAST', 'AT_MOST')),
    CONSTRAINT habits_goal_shape CHECK (CASE goal_type
        WHEN 'YES_NO' THEN goal_target IS NULL AND goal_unit IS NULL AND goal_direction IS NULL
        WHEN 'MEASURED' THEN goal_target IS NOT NULL AND goal_unit IS NOT NULL AND goal_direction IS NOT NULL
    END),

    start_date        date        NOT NULL CONSTRAINT habits_start_date_not_too_early CHECK (start_date >= DATE '2000-01-01'),
    commitment_days   smallint    CONSTRAINT habits_commitment_days_range CHECK (commitment_days BETWEEN 3 AND 365),
    archived          boolean     NOT NULL,
    position          integer     NOT NULL CONSTRAINT habits_position_not_negative CHECK (position >= 0),
    created_at        timestamptz NOT NULL,

    -- The target of the (habit_id, owner_id) foreign keys below.
    CONSTRAINT habits_id_owner_key UNIQUE (id, owner_id)
);
-- The board lists an owner's habits by position, then creation.
CREATE INDEX habits_owner_position_idx ON habits (owner_id, position, created_at, id);

CREATE TABLE check_ins (
    habit_id uuid    NOT NULL,
    owner_id uuid    NOT NULL,
    day      date    NOT NULL CONSTRAINT check_ins_day_not_too_early CHECK (day >= DATE '2000-01-01'),
    status   text    NOT NULL CONSTRAINT check_ins_status_known CHECK (status IN ('DONE', 'SKIPPED')),
    amount   numeric CONSTRAINT check_ins_amount_not_negative CHECK (amount >= 0),
    note     text    NOT NULL CONSTRAINT check_ins_note_length CHECK (char_length(note) <= 500),
    -- At most one check-in per habit and day; the history of one habit is a range scan of this key.
    PRIMARY KEY (habit_id, day),
    FOREIGN KEY (habit_id, owner_id) REFERENCES habits (id, owner_id) ON DELETE CASCADE
);
-- The board reads every check-in of an owner, grouped by habit and sorted by day: one ordered index scan.
CREATE INDEX check_ins_owner_habit_day_idx ON check_ins (owner_id, habit_id, day);

CREATE TABLE pauses (
    id       uuid PRIMARY KEY,
    owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- Empty for a pause of all the owner's habits.
    habit_id uuid,
    from_day date NOT NULL CONSTRAINT pauses_from_day_not_too_early CHECK (from_day >= DATE '2000-01-01'),
    to_day   date NOT NULL,
    CONSTRAINT pauses_to_day_on_or_after_from_day CHECK (to_day >= from_day),
    CONSTRAINT pauses_at_most_366_days CHECK (to_day - from_day < 366),
    FOREIGN KEY (habit_id, owner_id) REFERENCES habits (id, owner_id) ON DELETE CASCADE
);
CREATE INDEX pauses_owner_from_day_idx ON pauses (owner_id, from_day);
-- Lets deleting a habit find its pauses without a scan.
CREATE INDEX pauses_habit_id_idx ON pauses (habit_id) WHERE habit_id IS NOT NULL;

CREATE TABLE milestones (
    habit_id   uuid NOT NULL,
    owner_id   uuid NOT NULL,
    kind       text NOT NULL CONSTRAINT milestones_kind_known CHECK (kind IN ('STREAK_7', 'STREAK_14', 'STREAK_30',
               'STREAK_66', 'STREAK_100', 'STREAK_180', 'STREAK_365', 'COMMITMENT_COMPLETED')),
    reached_on date NOT NULL CONSTRAINT milestones_reached_on_not_too_early CHECK (reached_on >= DATE '2000-01-01'),
    -- Each milestone is recorded once per habit.
    PRIMARY KEY (habit_id, kind),
    FOREIGN KEY (habit_id, owner_id) REFERENCES habits (id, owner_id) ON DELETE CASCADE
);

CREATE TABLE api_tokens (
    id           uuid        PRIMARY KEY,
    owner_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         text        NOT NULL CONSTRAINT api_tokens_name_length CHECK (char_length(name) <= 100),
    -- The SHA-256 of the secret; the secret itself is never stored.
    token_hash   char(64)    NOT NULL CONSTRAINT api_tokens_token_hash_key UNIQUE
                             CONSTRAINT api_tokens_token_hash_hex CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz NOT NULL,
    last_used_at timestamptz
);
CREATE INDEX api_tokens_owner_idx ON api_tokens (owner_id, created_at);

-- Failed log-ins per key (a username or a client address). In the database rather than in memory so
-- that throttling holds across every Lambda container.
CREATE TABLE login_attempts (
    id        bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key       text        NOT NULL CONSTRAINT login_attempts_key_length CHECK (length(key) BETWEEN 1 AND 320),
    failed_at timestamptz NOT NULL
);
CREATE INDEX login_attempts_key_failed_at_idx ON login_attempts (key, failed_at);
