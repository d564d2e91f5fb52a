#!/usr/bin/env bash
# Every ARCHITECTURE.md §8 figure docs/PERFORMANCE.md reports, in one run, so that they can be read as ratios:
#   1. start-up to the first 200 on /health (external and embedded PostgreSQL), medians;
#   2. the board at 16 connections, cached and uncached, for each jar given (before/after an optimisation),
#      in ROUNDS interleaved rounds (the machine is shared: interleaving spreads its noise over all variants);
#   3. pgbench running the board's own SQL with the same 16 clients, once a round.
#
#   bench/load/all.sh <jar> [<jar> ...]        e.g. bench/load/all.sh /tmp/before.jar /tmp/after.jar
#
# Env: ROUNDS (3), STARTUP_RUNS (5; 0 skips start-up), EXTRA_VARIANTS (more "label|mode|jar index|env words"
# board runs per round, ';'-separated, e.g. "pool4|uncached|1|POOL=4;serialgc|cached|1|JVM_OPTS=-XX:+UseSerialGC"),
# OUT (/tmp/habits-all). Everything else as bench/load/board.sh. Prints a summary with medians at the end.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[[ $# -ge 1 ]] || { echo "usage: all.sh <jar> [<jar> ...]" >&2; exit 2; }
jars=("$@")
rounds=${ROUNDS:-3}
out=${OUT:-/tmp/habits-all}
mkdir -p "$out"
results="$out/results.txt"
: >"$results"

if [[ ${STARTUP_RUNS:-5} -gt 0 ]]; then
  last=${jars[$((${#jars[@]} - 1))]}
  echo "## start-up ($last)" | tee -a "$results"
  JAR=$last "$here/startup.sh" external "${STARTUP_RUNS:-5}" | tee -a "$results"
  JAR=$last "$here/startup.sh" embedded "${STARTUP_RUNS:-5}" | tee -a "$results"
fi

variants=()
for i in "${!jars[@]}"; do
  variants+=("jar$((i + 1))-cached|cached|$((i + 1))|" "jar$((i + 1))-uncached|uncached|$((i + 1))|")
done
IFS=';' read -r -a extra <<<"${EXTRA_VARIANTS:-}"
for v in "${extra[@]}"; do [[ -n $v ]] && variants+=("$v"); done

for round in $(seq 1 "$rounds"); do
  for v in "${variants[@]}"; do
    IFS='|' read -r label mode jar_index env_words <<<"$v"
    jar=${jars[$((jar_index - 1))]}
    echo "## round $round: $label ($mode, $jar${env_words:+, $env_words})"
    run_out="$out/r$round-$label"
    log="$run_out.txt"
    env ${env_words} JAR="$jar" OUT="$run_out" "$here/board.sh" "$mode" >"$log" 2>&1 || { cat "$log"; exit 1; }
    grep -E '^(latency p50|throughput|CPU|RESULT)' "$log" | grep -v '^RESULT' | tail -4
    echo "$round $label $(grep -h '^RESULT' "$log" | cut -d' ' -f2- | tr '\n' ' ')" >>"$results"
    if [[ $label == "jar${#jars[@]}-uncached" ]]; then
      pg_args=$(sed -n 's/^pgbench on the same data: bench\/load\/pgbench.sh //p' "$log")
      echo "## round $round: pgbench on the same data"
      "$here/pgbench.sh" $pg_args >"$out/r$round-pgbench.txt" 2>&1 || { cat "$out/r$round-pgbench.txt"; exit 1; }
      grep -E '^(tps|latency average|CPU)' "$out/r$round-pgbench.txt"
      echo "$round pgbench $(grep -h '^RESULT' "$out/r$round-pgbench.txt" | cut -d' ' -f2- | tr '\n' ' ')" >>"$results"
    fi
    schema=$(sed -n 's/^schema=\([^ ]*\) .*/\1/p' "$log")
    [[ -n $schema ]] && PGOPTIONS='-c client_min_messages=warning' psql -h 127.0.0.1 -U postgres -d test -qc \
      "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null
  done
done

echo
echo "## medians over $rounds rounds (results in $results)"
python3 - "$results" <<'EOF'
import collections, statistics, sys
rows = collections.defaultdict(lambda: collections.defaultdict(list))
for line in open(sys.argv[1]):
    parts = line.split()
    if len(parts) < 3 or not parts[0].isdigit():
        continue
    for kv in parts[2:]:
        if "=" in kv:
            k, v = kv.split("=", 1)
            try:
                rows[parts[1]][k].append(float(v))
            except ValueError:
                pass
keys = ["rps", "p50_ms", "p99_ms", "non200", "jvm_ms", "pg_ms", "redis_ms", "wrk_ms", "alone_rps", "other_pct",
        "tps", "avg_ms", "pgbench_ms", "alone_tps"]
for label, values in rows.items():
    shown = [f"{k}={statistics.median(values[k]):g}" for k in keys if values.get(k)]
    runs = [f"{k}:" + "/".join(f"{x:g}" for x in values[k]) for k in ("rps", "tps", "alone_rps", "alone_tps") if values.get(k)]
    print(f"{label:22s} " + " ".join(shown) + "   (each round: " + " ".join(runs) + ")")
EOF
