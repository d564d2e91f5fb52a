-- Rolling-window habits (TimesPerWindow) now take checkpoints too (domain SettledRuns): what their runs up to
-- as_of contribute for each place later runs can snap them to, and the day from which a resume reads
-- check-ins. Empty for every other schedule, so the rows V2 stored stay valid as they are.
-- Format: "<read_from>;<up_to>:<streak_before>:<marked, hex of BitSet.toByteArray>;..." (branches ascending).
ALTER TABLE habit_progress ADD COLUMN settled_runs text NOT NULL DEFAULT '';
