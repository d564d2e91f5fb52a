#!/usr/bin/env bash
# ARCHITECTURE.md §8 reliability: PostgreSQL restarted during a load run -> 503s only while it is down, full recovery
# within 5 s, without restarting the server.
#
#   bench/load/postgres-restart.sh [redis|no-redis ...]      # default: redis, then no-redis
#
# Never touches the machine's PostgreSQL: runs a scratch cluster of its own (initdb and pg_ctl from PG_BIN, on
# PG_PORT, data and socket in a temporary directory; as the user postgres when run as root) and points the
# server at it — in mode "redis" also at the machine's Redis (127.0.0.1:6379), in mode "no-redis" at none.
# Each mode: a database of its own, the server started from the jar, the board user seeded (BoardSeeder: 20
# habits, a year of check-ins), the tables analyzed, WARMUP seconds of load, then wrk (16 connections,
# board.lua) for LOAD seconds; STOP_AT seconds in, `pg_ctl stop -m fast`; DOWN_FOR seconds later `pg_ctl
# start`. Reports every status code wrk saw, socket errors and timeouts, /health while down and after, and from
# the server's request log (restart-timeline.py): the answers before, while down and after, any 5xx other than
# 503, and the seconds from PostgreSQL accepting connections again (its log's "ready to accept connections") to
# the first 200 and to the last answer that was not a 200.
# The server and the scratch cluster are stopped and removed whatever happens (trap).
#
# Env: JAR, JAVA, PORT (18484), PG_BIN (/usr/lib/postgresql/15/bin), PG_PORT (5433), WARMUP (10), LOAD (40),
# STOP_AT (10), DOWN_FOR (10), OUT (/tmp/habits-pg-restart: logs and wrk output, kept).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar=${JAR:-$root/adapters-local-http/target/adapters-local-http-0.1.0-SNAPSHOT.jar}
java=${JAVA:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java}
port=${PORT:-18484}
pg_bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
pg_port=${PG_PORT:-5433}
warmup=${WARMUP:-10}
load=${LOAD:-40}
stop_at=${STOP_AT:-10}
down_for=${DOWN_FOR:-10}
out=${OUT:-/tmp/habits-pg-restart}
modes=("$@")
(( ${#modes[@]} )) || modes=(redis no-redis)
url="http://127.0.0.1:$port"
mkdir -p "$out"

for tool in wrk curl psql python3; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }
done
[[ -x $pg_bin/pg_ctl ]] || { echo "no pg_ctl in $pg_bin (set PG_BIN)" >&2; exit 2; }
[[ -f $jar ]] || { echo "no jar at $jar (build it, or set JAR)" >&2; exit 2; }
(( down_for >= 2 && stop_at + down_for + 2 <= load )) ||
  { echo "needs DOWN_FOR >= 2 and STOP_AT + DOWN_FOR + 2 <= LOAD" >&2; exit 2; }
if (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; then
  echo "port $pg_port is taken: set PG_PORT to a free one" >&2
  exit 2
fi

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# PostgreSQL refuses to run as root: as root, its programs run as the user postgres.
as_pg() { if (( EUID == 0 )); then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

scratch=$(mktemp -d /tmp/habits-pg-restart.XXXXXX)
(( EUID == 0 )) && chown postgres: "$scratch"
data=$scratch/data
server=""
load_pid=""
pg() { as_pg "$pg_bin/pg_ctl" -D "$data" -l "$scratch/postgres.log" "$@"; }
pg_start() { pg -o "-p $pg_port -k $scratch -c listen_addresses=127.0.0.1" -w -t 60 start >/dev/null; }
stop_server() {
  if [[ -n $server ]] && kill -0 "$server" 2>/dev/null; then kill -TERM "$server"; wait "$server" || true; fi
  server=""
}
cleanup() {
  [[ -n $load_pid ]] && kill "$load_pid" 2>/dev/null || true
  stop_server
  if [[ -f $data/postmaster.pid ]]; then pg -m immediate stop >/dev/null 2>&1 || true; fi
  cp "$scratch/postgres.log" "$out/postgres.log" 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

as_pg "$pg_bin/initdb" -D "$data" -A trust -U postgres -E UTF8 >"$out/initdb.log"
pg_start
psql_scratch() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -X -q "$@"; }
echo "scratch PostgreSQL $(psql_scratch -tAc 'SHOW server_version') on port $pg_port, data in $data"

# When the last "ready to accept connections" in the scratch cluster's log was written, in ms since the epoch.
ready_ms() {
  local line
  line=$(grep 'ready to accept connections' "$scratch/postgres.log" | tail -1)
  date -d "$(cut -d' ' -f1-3 <<<"$line")" +%s%3N
}

run_mode() {
  local mode=$1 database user server_env
  database="habits_${mode//-/_}"
  user="restart_${mode//-/_}_$(date +%s)"
  psql_scratch -c "CREATE DATABASE $database"
  server_env=(PORT=$port HABITS_COOKIE_SECURE=false HABITS_DB_USER=postgres
    HABITS_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/$database")
  [[ $mode == redis ]] && server_env+=(HABITS_REDIS_URL=redis://127.0.0.1:6379)

  echo
  echo "=== $mode: ${server_env[*]:3}"
  env "${server_env[@]}" "$java" -jar "$jar" >"$out/server-$mode.log" 2>&1 &
  server=$!
  for _ in $(seq 1 600); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$url/health" || true) == 200 ]] && break
    kill -0 "$server" 2>/dev/null || { cat "$out/server-$mode.log" >&2; return 1; }
    sleep 0.1
  done
  "$java" "$root/bench/src/main/java/org/habittracker/bench/load/BoardSeeder.java" "$url" "$user" \
    "$out/cookie-$mode"
  psql_scratch -d "$database" -c ANALYZE
  export HABITS_COOKIE
  HABITS_COOKIE=$(cat "$out/cookie-$mode")
  wrk -t2 -c16 -d"${warmup}s" -s "$here/board.lua" "$url" >"$out/warmup-$mode.txt"
  echo "health before: $(curl -s "$url/health")"

  local start stop back_pg_ctl back
  start=$(now_ms)
  wrk -t2 -c16 -d"${load}s" --timeout 5s --latency -s "$here/board.lua" "$url" >"$out/wrk-$mode.txt" 2>&1 &
  load_pid=$!
  sleep "$stop_at"
  stop=$(now_ms)
  pg -m fast -w stop >/dev/null
  echo "$(date +%T.%3N) PostgreSQL stopped (pg_ctl stop -m fast took $(( $(now_ms) - stop )) ms)"
  sleep 2
  echo "health while down: $(curl -s --max-time 5 -w ' (%{http_code} in %{time_total} s)' "$url/health")"
  sleep $((down_for - 2))
  pg_start
  back_pg_ctl=$(now_ms)
  back=$(ready_ms)
  echo "$(date +%T.%3N) PostgreSQL accepts connections again (its log: $(date -d "@${back:0:-3}.${back: -3}" +%T.%3N))"
  sleep 1
  echo "health 1 s after: $(curl -s --max-time 5 -w ' (%{http_code} in %{time_total} s)' "$url/health")"
  wait "$load_pid"
  load_pid=""
  echo "--- wrk (${load} s, 16 connections, PostgreSQL down from ${stop_at} s for ${down_for} s)"
  grep -E '^(status|requests|latency|Requests/sec)' "$out/wrk-$mode.txt"
  echo "--- request log"
  python3 "$here/restart-timeline.py" "$out/server-$mode.log" "$start" "$stop" "$back"
  (( back_pg_ctl - back < 1000 )) || echo "(pg_ctl start returned $(( back_pg_ctl - back )) ms after the log's ready line)"
  stop_server
}

for mode in "${modes[@]}"; do
  case $mode in
    redis | no-redis) run_mode "$mode" ;;
    *) echo "mode must be redis or no-redis, not $mode" >&2; exit 2 ;;
  esac
done
