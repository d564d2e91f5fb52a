#!/usr/bin/env bash
# ARCHITECTURE.md §8 throughput: GET /api/habits for a user with 20 habits and a year of daily check-ins, at 16
# connections, against the local server on the machine's PostgreSQL (and Redis when cached).
#
#   bench/load/board.sh cached     # HABITS_REDIS_URL=redis://127.0.0.1:6379
#   bench/load/board.sh uncached   # no Redis: every request reads PostgreSQL
#
# Each run: a fresh schema, the server started from the jar, the user seeded through the API
# (BoardSeeder: register + one POST /api/import), the tables analyzed, WARMUP of load (JIT, pools, cache filled), then DURATION
# measured with wrk. Prints wrk's figures, the CPU each process used while measured, and the cache
# counters from the request log. Leaves the schema for bench/load/pgbench.sh and prints its name.
#
# Env: JAR, JAVA, PORT (18282), CONNECTIONS (16), THREADS (2, wrk's), WARMUP (15s), DURATION (30s),
# POOL (HABITS_DB_POOL_SIZE for the server; unset = the server's default), JFR=1 (record the measured
# part with the "profile" settings into $OUT/board-<mode>.jfr), OUT (directory for logs and results,
# default /tmp/habits-load), KEEP=1 (leave the server running), HEAP (e.g. 512m; default: the JVM's),
# JVM_OPTS (more JVM options, e.g. -XX:+UseParallelGC).
set -euo pipefail
mode=${1:?usage: board.sh cached|uncached}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar=${JAR:-$root/adapters-local-http/target/adapters-local-http-0.1.0-SNAPSHOT.jar}
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
java=${JAVA:-$java_home/bin/java}
port=${PORT:-18282}
connections=${CONNECTIONS:-16}
threads=${THREADS:-2}
warmup=${WARMUP:-15s}
duration=${DURATION:-30s}
out=${OUT:-/tmp/habits-load}
mkdir -p "$out"
schema="perf_board_${mode}_$(date +%s)"
user="bench_${mode}_$(date +%s)"
url="http://127.0.0.1:$port"

server_env=(PORT=$port HABITS_COOKIE_SECURE=false HABITS_DB_USER=postgres
  HABITS_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema")
case $mode in
  cached) server_env+=(HABITS_REDIS_URL=redis://127.0.0.1:6379) ;;
  uncached) ;;
  *) echo "mode must be cached or uncached" >&2; exit 2 ;;
esac
[[ -n ${POOL:-} ]] && server_env+=(HABITS_DB_POOL_SIZE=$POOL)
jvm_opts=(${JVM_OPTS:-})
[[ -n ${HEAP:-} ]] && jvm_opts+=(-Xms$HEAP -Xmx$HEAP)

env "${server_env[@]}" "$java" "${jvm_opts[@]}" -jar "$jar" >"$out/server-$mode.log" 2>&1 &
server=$!
stop_server() { if [[ -z ${KEEP:-} ]] && kill -0 "$server" 2>/dev/null; then kill -TERM "$server"; wait "$server" || true; fi; }
trap stop_server EXIT
for _ in $(seq 1 600); do
  [[ $(curl -s -o /dev/null -w '%{http_code}' "$url/health" || true) == 200 ]] && break
  kill -0 "$server" 2>/dev/null || { cat "$out/server-$mode.log" >&2; exit 1; }
  sleep 0.1
done
curl -s "$url/health"; echo

"$java" "$root/bench/src/main/java/org/habittracker/bench/load/BoardSeeder.java" "$url" "$user" "$out/cookie-$mode"
export HABITS_COOKIE
HABITS_COOKIE=$(cat "$out/cookie-$mode")
# Autovacuum is off on this machine (CI's PostgreSQL), so a fresh schema would never get statistics and
# the board's check-ins query would be planned for 18 rows instead of 7,300 (a bitmap scan and a sort, a
# third slower). A production database analyzes its tables; so does this run, once, after seeding.
for table in $(psql -h 127.0.0.1 -U postgres -d test -tAc \
    "SELECT tablename FROM pg_tables WHERE schemaname = '$schema'"); do
  psql -h 127.0.0.1 -U postgres -d test -qc "ANALYZE $schema.$table"
done

# Redis's own counters say what the cache did (the request log's per-request cache counters are deltas of
# process-wide counters, so under concurrency each line also counts its neighbours' hits).
redis_calls() { redis-cli info commandstats 2>/dev/null | awk -F'[:=,]' '/^cmdstat_(evalsha|eval|del|unlink):/{s+=$3} END {print s+0}'; }
# CPU ticks (USER_HZ) used so far by: the server JVM, every PostgreSQL process, Redis, and the whole machine.
source "$here/cpu.sh"
snapshot() { echo "$(ticks "$server") $(postgres_ticks) $(sum_ticks $(pgrep -x redis-server || true)) $(machine_ticks)"; }

echo "warm-up: $warmup"
wrk -t"$threads" -c"$connections" -d"$warmup" -s "$here/board.lua" "$url" >"$out/warmup-$mode.txt"
tail -3 "$out/warmup-$mode.txt"

if [[ -n ${JFR:-} ]]; then
  "$java_home/bin/jcmd" "$server" JFR.start name=board settings=profile filename="$out/board-$mode.jfr" >/dev/null
fi
redis_before=$(redis_calls)
before=$(snapshot)
/usr/bin/time -f '%U %S' -o "$out/wrk-cpu-$mode.txt" \
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$here/board.lua" "$url" | tee "$out/wrk-$mode.txt"
after=$(snapshot)
redis_after=$(redis_calls)
if [[ -n ${JFR:-} ]]; then
  "$java_home/bin/jcmd" "$server" JFR.stop name=board >/dev/null
  echo "JFR recording: $out/board-$mode.jfr"
fi

read -r j0 p0 r0 b0 t0 <<<"$before"
read -r j1 p1 r1 b1 t1 <<<"$after"
requests=$(awk '/requests in/{print $1}' "$out/wrk-$mode.txt")
wrk_cpu=$(awk -v hz=$(getconf CLK_TCK) '{printf "%d", ($1 + $2) * hz}' "$out/wrk-cpu-$mode.txt")
awk -v j=$((j1 - j0)) -v p=$((p1 - p0)) -v r=$((r1 - r0)) -v b=$((b1 - b0)) -v t=$((t1 - t0)) -v w="$wrk_cpu" \
    -v n=$(nproc) -v q="$requests" -v hz=$(getconf CLK_TCK) 'BEGIN {
  # /proc/stat counts every CPU: t is cores x seconds; shares below are of the whole machine.
  printf "CPU while measured (share of %d cores): machine busy %.0f%%, server JVM %.0f%%, PostgreSQL %.0f%%, Redis %.0f%%, wrk %.0f%%, everything else %.0f%%\n",
    n, 100*b/t, 100*j/t, 100*p/t, 100*r/t, 100*w/t, 100*(b-j-p-r-w)/t
  # What one request costs, whatever else the machine was doing: the figure to compare between runs.
  ms = 1000 / hz
  printf "CPU per request: server JVM %.3f ms, PostgreSQL %.3f ms, Redis %.3f ms, wrk %.3f ms; all four %.3f ms => %.0f req/s if the %d cores were ours alone\n",
    ms*j/q, ms*p/q, ms*r/q, ms*w/q, ms*(j+p+r+w)/q, n*1000/(ms*(j+p+r+w)/q), n
  printf "RESULT-CPU jvm_ms=%.3f pg_ms=%.3f redis_ms=%.3f wrk_ms=%.3f alone_rps=%.0f busy_pct=%.0f other_pct=%.0f\n",
    ms*j/q, ms*p/q, ms*r/q, ms*w/q, n*1000/(ms*(j+p+r+w)/q), 100*b/t, 100*(b-j-p-r-w)/t }'
# One line for scripts that collect several runs (bench/load/all.sh).
awk '/^throughput/{rps=$2} /^latency p50/{p50=$3; p99=$9} /^non-200/{bad=$3}
  END {printf "RESULT-WRK rps=%s p50_ms=%s p99_ms=%s non200=%s\n", rps, p50, p99, bad}' "$out/wrk-$mode.txt"
# Machine-wide: other clients of the same Redis (tests running meanwhile) are counted too.
echo "Redis scripts and deletes while measured (whole Redis server): $((redis_after - redis_before)) for $requests requests"
owner=$(psql -h 127.0.0.1 -U postgres -d test -tAc "SELECT id FROM $schema.users WHERE username = '$user'")
echo "schema=$schema user=$user owner=$owner cookie=$out/cookie-$mode"
echo "pgbench on the same data: bench/load/pgbench.sh $schema $owner $out/cookie-$mode"
