-- What the days up to as_of reached toward milestones (domain ProgressCheckpoint.Reached): the longest run of
-- satisfied days and the satisfied days in all, so a tap can tell the milestones it reaches without reading the
-- habit's whole history. NULL together: a row stored before this (or a rolling window's, which keeps none); the
-- next full analysis of that habit replaces it.
ALTER TABLE habit_progress ADD COLUMN best_streak integer, ADD COLUMN satisfied_days integer,
    ADD CONSTRAINT habit_progress_reached_together CHECK ((best_streak IS NULL) = (satisfied_days IS NULL)),
    ADD CONSTRAINT habit_progress_reached_counts CHECK (best_streak >= 0 AND satisfied_days >= best_streak);
