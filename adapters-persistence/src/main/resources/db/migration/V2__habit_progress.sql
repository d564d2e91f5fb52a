-- Where each habit's analysis stood at the end of a day (domain ProgressCheckpoint): the board goes on from
-- here with the check-ins after as_of instead of reading the whole history. Created empty: a habit without a
-- row is analysed in full and gets one on that read. A check-in written or cleared on or before as_of drops
-- the row in the same statement; inputs names the rest it depends on, so an edit can only make it unused.
CREATE TABLE habit_progress (
    habit_id      uuid             PRIMARY KEY,
    owner_id      uuid             NOT NULL,
    as_of         date             NOT NULL,
    inputs        text             NOT NULL,
    carried_score double precision NOT NULL,
    -- The score's ring of the last counted days' values (0/1, or amounts in millionths), comma-separated.
    score_window  text             NOT NULL,
    counted_days  integer          NOT NULL,
    open_streak   integer          NOT NULL,
    FOREIGN KEY (habit_id, owner_id) REFERENCES habits (id, owner_id) ON DELETE CASCADE
);

CREATE INDEX habit_progress_owner_idx ON habit_progress (owner_id);
