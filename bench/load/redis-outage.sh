#!/usr/bin/env bash
# ARCHITECTURE.md §8 reliability: Redis stopped during a load run -> 0 failed requests.
#
#   bench/load/redis-outage.sh
#
# Starts the server with the machine's PostgreSQL and Redis, seeds the board user, warms up, then runs wrk
# (16 connections) for LOAD seconds; STOP_AT seconds in, Redis is shut down (redis-cli shutdown nosave) and
# DOWN_FOR seconds later started again with the machine's own command line. Counts every answer that is not
# a 200 (board.lua), socket errors and timeouts (wrk), and shows /health before, during and after.
# Redis is restarted whatever happens (trap), exactly as the machine runs it. Never touches PostgreSQL.
#
# Env: JAR, JAVA, PORT (18383), LOAD (40), STOP_AT (10), DOWN_FOR (12), OUT (/tmp/habits-outage).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar=${JAR:-$root/adapters-local-http/target/adapters-local-http-0.1.0-SNAPSHOT.jar}
java=${JAVA:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java}
port=${PORT:-18383}
load=${LOAD:-40}
stop_at=${STOP_AT:-10}
down_for=${DOWN_FOR:-12}
out=${OUT:-/tmp/habits-outage}
mkdir -p "$out"
url="http://127.0.0.1:$port"
schema="perf_outage_$(date +%s)"
user="outage_$(date +%s)"

start_redis() {
  redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 && return 0
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
  for _ in $(seq 1 50); do redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 && return 0; sleep 0.1; done
  echo "Redis did not come back" >&2
  return 1
}

env PORT=$port HABITS_COOKIE_SECURE=false HABITS_DB_USER=postgres HABITS_REDIS_URL=redis://127.0.0.1:6379 \
  HABITS_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema" "$java" -jar "$jar" \
  >"$out/server.log" 2>&1 &
server=$!
cleanup() {
  start_redis || true
  kill -TERM "$server" 2>/dev/null && wait "$server" || true
  PGOPTIONS='-c client_min_messages=warning' psql -h 127.0.0.1 -U postgres -d test -qc \
    "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 600); do
  [[ $(curl -s -o /dev/null -w '%{http_code}' "$url/health" || true) == 200 ]] && break
  sleep 0.1
done
"$java" "$root/bench/src/main/java/org/habittracker/bench/load/BoardSeeder.java" "$url" "$user" "$out/cookie"
export HABITS_COOKIE
HABITS_COOKIE=$(cat "$out/cookie")
wrk -t2 -c16 -d10s -s "$here/board.lua" "$url" >/dev/null
echo "health before: $(curl -s "$url/health")"

wrk -t2 -c16 -d"${load}s" --timeout 5s --latency -s "$here/board.lua" "$url" >"$out/wrk.txt" 2>&1 &
load_pid=$!
sleep "$stop_at"
echo "$(date +%T) stopping Redis: $(redis-cli -h 127.0.0.1 shutdown nosave 2>&1 || true)"
sleep 2
echo "health with Redis down: $(curl -s --max-time 5 "$url/health")"
sleep $((down_for - 2))
start_redis
echo "$(date +%T) Redis started again"
sleep 5
echo "health 5 s after Redis is back: $(curl -s --max-time 5 "$url/health")"
wait "$load_pid"
cat "$out/wrk.txt"
grep -o 'Socket errors.*' "$out/wrk.txt" || echo "no socket errors, no timeouts"
grep -c '"status":5' "$out/server.log" | sed 's/^/request log lines with a 5xx status: /'
