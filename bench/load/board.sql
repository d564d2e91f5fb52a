-- What one uncached GET /api/habits sends to PostgreSQL, statement for statement, in order (captured with
-- log_statement=all on the server's connections): the session, the user (twice: once to resolve the
-- principal, once for the owner's settings), then the board's three queries (JdbiHabitRepository.findAll,
-- JdbiCheckInRepository.findAllByOwner, JdbiPauseRepository.findAll). No transaction: each runs in
-- autocommit, as the adapter does. Variables come from pgbench -D (bench/load/pgbench.sh).
SELECT token_hash, user_id, created_at, expires_at FROM sessions WHERE token_hash = :token_hash;
SELECT id, username, password_hash, time_zone, day_start_hour, week_start, created_at FROM users WHERE id = :owner;
SELECT id, username, password_hash, time_zone, day_start_hour, week_start, created_at FROM users WHERE id = :owner;
SELECT id, owner_id, name, description, color, emoji, schedule_type, schedule_times, schedule_days, schedule_weekdays, goal_type, goal_target, goal_unit, goal_direction, start_date, commitment_days, archived, position, created_at FROM habits WHERE owner_id = :owner ORDER BY position, created_at, id;
SELECT habit_id, day, status, amount, note FROM check_ins WHERE owner_id = :owner ORDER BY habit_id, day;
SELECT id, owner_id, habit_id, from_day, to_day FROM pauses WHERE owner_id = :owner ORDER BY from_day, to_day, id;
