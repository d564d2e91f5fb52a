#!/usr/bin/env bash
# Time from `java -jar` to the first 200 on /health, several runs, median.
#
#   bench/load/startup.sh external   [runs]   # the machine's PostgreSQL: each run a first start on a fresh
#                                             # schema (Flyway migrates it) and then a restart on that schema
#   bench/load/startup.sh embedded   [runs]   # embedded PostgreSQL: each run a first start on an empty data
#                                             # dir (unpack + initdb) and then a restart on the same dir
#
# Env: JAR (default adapters-local-http/target/adapters-local-http-0.1.0-SNAPSHOT.jar), JAVA (default
# $JAVA_HOME/bin/java), PORT (default 18181), PGURL_BASE (default jdbc:postgresql://127.0.0.1:5432/test),
# EXTRA_ENV (more VAR=value words for the server, e.g. HABITS_REDIS_URL=redis://127.0.0.1:6379).
# The embedded PostgreSQL refuses to run as root; as root the server is run as nobody (uid 65534) with
# setpriv, and the jar is copied where that user can read it.
set -euo pipefail
mode=${1:?usage: startup.sh external|embedded [runs]}
runs=${2:-5}
jar=${JAR:-adapters-local-http/target/adapters-local-http-0.1.0-SNAPSHOT.jar}
java=${JAVA:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java}
port=${PORT:-18181}
pg_base=${PGURL_BASE:-jdbc:postgresql://127.0.0.1:5432/test}
work=$(mktemp -d /tmp/habits-startup.XXXXXX)
chmod 755 "$work"
cp "$jar" "$work/app.jar"
chmod 644 "$work/app.jar"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Starts the server with the given env words, prints ms until /health answers 200, stops it (SIGTERM).
time_one() {
  local log=$1; shift
  local start end pid code
  start=$(now_ms)
  "$@" >"$log" 2>&1 &
  pid=$!
  while true; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port/health" || true)
    [[ $code == 200 ]] && break
    if ! kill -0 "$pid" 2>/dev/null; then echo "server exited; log:" >&2; cat "$log" >&2; return 1; fi
    if (( $(now_ms) - start > 120000 )); then echo "no 200 within 120 s" >&2; kill "$pid"; return 1; fi
    sleep 0.01
  done
  end=$(now_ms)
  # setpriv execs, so $pid is the JVM itself; SIGTERM runs its shutdown hook (embedded PostgreSQL stopped).
  kill -TERM "$pid"
  wait "$pid" || true
  echo $(( end - start ))
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

as_app_user=()
if [[ $(id -u) == 0 && $mode == embedded ]]; then
  mkdir -p "$work/home"
  chown 65534:65534 "$work/home"
  as_app_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi

declare -a first=() second=()
for i in $(seq 1 "$runs"); do
  case $mode in
    external)
      schema="perf_start_$(date +%s)_$i"
      cmd=(env PORT=$port HABITS_COOKIE_SECURE=false HABITS_DB_URL="$pg_base?currentSchema=$schema"
        HABITS_DB_USER=postgres ${EXTRA_ENV:-} "$java" -jar "$work/app.jar")
      ms1=$(time_one "$work/run$i-first.log" "${cmd[@]}")
      ms2=$(time_one "$work/run$i-restart.log" "${cmd[@]}")
      PGOPTIONS='-c client_min_messages=warning' psql -h 127.0.0.1 -U postgres -d test -qc \
        "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null
      first+=("$ms1"); second+=("$ms2")
      echo "run $i: first start $ms1 ms (fresh schema, migrated), restart $ms2 ms (external PostgreSQL)"
      ;;
    embedded)
      data="$work/data$i"
      mkdir -p "$data"
      [[ ${#as_app_user[@]} -gt 0 ]] && chown 65534:65534 "$data"
      cmd=("${as_app_user[@]}" env HOME="$work/home" PORT=$port HABITS_COOKIE_SECURE=false HABITS_DATA_DIR="$data"
        ${EXTRA_ENV:-} "$java" -jar "$work/app.jar")
      ms1=$(time_one "$work/run$i-first.log" "${cmd[@]}")
      ms2=$(time_one "$work/run$i-restart.log" "${cmd[@]}")
      first+=("$ms1"); second+=("$ms2")
      echo "run $i: first start $ms1 ms (empty data dir), restart $ms2 ms"
      rm -rf "$data"
      ;;
    *) echo "unknown mode $mode" >&2; exit 2 ;;
  esac
done
echo "median over $runs runs: first start $(printf '%s\n' "${first[@]}" | median) ms," \
  "restart $(printf '%s\n' "${second[@]}" | median) ms ($mode PostgreSQL)"
rm -rf "$work"
