#!/usr/bin/env bash
# Issue 14: does the board cost more the longer the history? One run, one schema, one user per history length
# (YEARS, default "1 5 10": 20 habits with a daily check-in each, BoardSeeder), measured at 16 connections:
#   1. uncached: the server without Redis; per user GET /api/habits (board.lua), then the tap, PUT of today's
#      check-in with its answer (checkin.lua, yes/no habits in turn, DONE and SKIPPED alternating);
#   2. cached: the same server restarted on the same schema with Redis; per user GET /api/habits.
# Prints each figure and the ratios: uncached N years ÷ 1 year, cached ÷ uncached, and the tap's cost ÷ the
# uncached board's (board req/s ÷ tap req/s). "server ms" is the server JVM's CPU per request (/proc), the
# steadier figure on a shared machine; PostgreSQL's is machine-wide here and left out.
#
#   bench/load/history.sh
#   YEARS="1 10" WARMUP=5s DURATION=10s bench/load/history.sh
#
# Each server first answers SERVER_WARMUP (10s) of board reads for each history length, unmeasured, so that the
# first length measured does not pay for the JIT alone (without it the first row read 0.5-0.8x of the others).
#
# Env: JAR, JAVA, PORT (18283), CONNECTIONS (16), THREADS (2), WARMUP (10s), DURATION (20s), SERVER_WARMUP, YEARS, OUT,
# JFR=1 (record each measured run with the "profile" settings into $OUT/<label>.jfr; the figures then include its cost)
# (/tmp/habits-history), DB (the PostgreSQL database, test), REDIS_URL (redis://127.0.0.1:6379). The schema is
# dropped at the end.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar=${JAR:-$root/adapters-local-http/target/adapters-local-http-0.1.0-SNAPSHOT.jar}
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
java=${JAVA:-$java_home/bin/java}
port=${PORT:-18283}
connections=${CONNECTIONS:-16}
threads=${THREADS:-2}
warmup=${WARMUP:-10s}
duration=${DURATION:-20s}
server_warmup=${SERVER_WARMUP:-10s}
read -r -a years <<<"${YEARS:-1 5 10}"
out=${OUT:-/tmp/habits-history}
db=${DB:-test}
redis_url=${REDIS_URL:-redis://127.0.0.1:6379}
mkdir -p "$out"
stamp=$(date +%s)
schema="perf_history_$stamp"
url="http://127.0.0.1:$port"
psql_test() { PGOPTIONS='-c client_min_messages=warning' psql -h 127.0.0.1 -U postgres -d "$db" "$@"; }
source "$here/cpu.sh"

server=
start_server() {
  local mode=$1
  local env_words=(PORT=$port HABITS_COOKIE_SECURE=false HABITS_DB_USER=postgres
    HABITS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db?currentSchema=$schema")
  [[ $mode == cached ]] && env_words+=(HABITS_REDIS_URL=$redis_url)
  env "${env_words[@]}" "$java" -jar "$jar" >"$out/server-$mode.log" 2>&1 &
  server=$!
  for _ in $(seq 1 600); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$url/health" || true) == 200 ]] && return 0
    kill -0 "$server" 2>/dev/null || { cat "$out/server-$mode.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "the server did not answer /health within a minute" >&2
  exit 1
}
stop_server() {
  if [[ -n $server ]] && kill -0 "$server" 2>/dev/null; then kill -TERM "$server"; wait "$server" || true; fi
  server=
}
cleanup() { stop_server; psql_test -qc "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null || true; }
trap cleanup EXIT

# One measured wrk run after a warm-up; prints "rps p99_ms server_ms_per_request non200".
measure() {
  local label=$1 script=$2
  wrk -t"$threads" -c"$connections" -d"$warmup" -s "$script" "$url" >"$out/warmup-$label.txt"
  local before after
  before=$(ticks "$server")
  [[ -n ${JFR:-} ]] && "$java_home/bin/jcmd" "$server" JFR.start name="$label" settings=profile \
    filename="$out/$label.jfr" >/dev/null
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$script" "$url" >"$out/wrk-$label.txt"
  [[ -n ${JFR:-} ]] && "$java_home/bin/jcmd" "$server" JFR.stop name="$label" >/dev/null
  after=$(ticks "$server")
  awk -v t=$((after - before)) -v hz=$(getconf CLK_TCK) '
    /^throughput/ {rps = $2} /^latency p50/ {p99 = $9} /^non-200 answers/ {bad = $3} /^requests / {n = $2 + 0}
    END {printf "%s %s %.3f %s\n", rps, p99, 1000 * t / hz / n, bad}' "$out/wrk-$label.txt"
}

# The JIT's warm-up for the whole server: board reads of every user in turn, none of them measured.
warm_server() {
  local y
  for y in "${years[@]}"; do
    HABITS_COOKIE=$(cat "$out/cookie-$y") wrk -t"$threads" -c"$connections" -d"$server_warmup" \
      -s "$here/board.lua" "$url" >"$out/server-warmup-$1-${y}y.txt"
  done
}

board_json() { curl -s -H "Cookie: $(cat "$out/cookie-$1")" "$url/api/habits"; }

start_server uncached
for y in "${years[@]}"; do
  "$java" "$root/bench/src/main/java/org/habittracker/bench/load/BoardSeeder.java" "$url" "history_${y}y_$stamp" \
    "$out/cookie-$y" "$y" | cut -c1-160
done
# Autovacuum is off on this machine: without statistics the check-ins query is planned for a handful of rows.
for table in $(psql_test -tAc "SELECT tablename FROM pg_tables WHERE schemaname = '$schema'"); do
  psql_test -qc "ANALYZE $schema.$table"
done

declare -A board_uncached put_uncached board_cached
warm_server uncached
for y in "${years[@]}"; do
  export HABITS_COOKIE HABITS_HABITS HABITS_TODAY HABITS_ORIGIN=$url
  HABITS_COOKIE=$(cat "$out/cookie-$y")
  board_uncached[$y]=$(measure "uncached-${y}y" "$here/board.lua")
  echo "uncached board, $y years: ${board_uncached[$y]}"
  read -r HABITS_TODAY HABITS_HABITS < <(board_json "$y" | python3 -c '
import json, sys
board = json.load(sys.stdin)
print(board["today"], ",".join(h["id"] for h in board["habits"] if h["goal"]["type"] == "yesNo"))')
  put_uncached[$y]=$(measure "put-${y}y" "$here/checkin.lua")
  echo "tap (PUT + entry), $y years: ${put_uncached[$y]}"
done
stop_server

start_server cached
warm_server cached
for y in "${years[@]}"; do
  export HABITS_COOKIE
  HABITS_COOKIE=$(cat "$out/cookie-$y")
  board_cached[$y]=$(measure "cached-${y}y" "$here/board.lua")
  echo "cached board, $y years: ${board_cached[$y]}"
done
stop_server

echo
echo "## board cost by history length ($connections connections; req/s, p99 ms, server JVM CPU ms per request, non-200)"
first=${years[0]}
{
  for y in "${years[@]}"; do
    echo "$y ${board_uncached[$y]} ${put_uncached[$y]} ${board_cached[$y]}"
  done
} | awk -v first="$first" '
  { y[NR] = $1; ur[NR] = $2; up[NR] = $3; um[NR] = $4; ub[NR] = $5; pr[NR] = $6; pp[NR] = $7; pm[NR] = $8; pb[NR] = $9
    cr[NR] = $10; cp[NR] = $11; cm[NR] = $12; cb[NR] = $13 }
  END {
    printf "%-6s | %-28s | %-28s | %-28s | %-9s %-9s | %-8s %-8s\n", "years", "uncached board", "tap: PUT + entry",
      "cached board", "unc/unc1", "cpu/cpu1", "cached/u", "tap/board"
    for (i = 1; i <= NR; i++) {
      printf "%-6s | %6.0f r/s p99 %6.1f %6.3f ms | %6.0f r/s p99 %6.1f %6.3f ms | %6.0f r/s p99 %6.1f %6.3f ms | %-9.2f %-9.2f | %-8.1f %-8.2f\n",
        y[i], ur[i], up[i], um[i], pr[i], pp[i], pm[i], cr[i], cp[i], cm[i], ur[i] / ur[1], um[1] / um[i],
        cr[i] / ur[i], ur[i] / pr[i]
      bad += ub[i] + pb[i] + cb[i]
    }
    printf "unc/unc1: uncached req/s of N years ÷ of %s year(s); cpu/cpu1: the same from server CPU per request\n", first
    printf "cached/u: cached ÷ uncached req/s; tap/board: what a tap costs in uncached board reads (board req/s ÷ tap req/s)\n"
    printf "non-200 answers in all measured runs: %d\n", bad
    printf "RESULT-HISTORY"
    for (i = 1; i <= NR; i++) printf " u%s=%.0f p99u%s=%.1f t%s=%.0f c%s=%.0f", y[i], ur[i], y[i], up[i], y[i], pr[i], y[i], cr[i]
    printf "\n"
  }'
