#!/usr/bin/env bash
# Lambda cold start, measured locally (ARCHITECTURE.md §8): a fresh JVM builds the handler from the environment
# and answers GET /api/habits from PostgreSQL (Redis starts after that answer), against a hello-world
# RequestHandler on the same JVM flags and classpath. Runs alternate, N of each; prints both medians,
# their ratio (app / hello), the median CPU time the app's JVM had used when it answered (all threads: the
# compiler's too) and its main thread's alone (the path the answer waits for: on two cores the best figure to
# judge a lever by), and the classes the app had loaded when it answered (one more run, with
# -Xlog:class+load), for each variant: this code as Lambda builds it, each start-up lever turned back off,
# and the class-data-sharing options on top.
#
#   bench/coldstart.sh                 # N=10, every variant
#   N=5 VARIANTS="previous current appcds" bench/coldstart.sh
#   MAX_RATIO=10 N=9 VARIANTS=current bench/coldstart.sh   # exits 3 if the ratio is above 10
#
# MAX_RATIO (unset: no check): every variant measured must have a ratio at most this, else the script
# exits with status 3 once all are printed, naming those above it; so list only the variants it should
# hold for (ARCHITECTURE.md §8's target is 10 for "current").
# CLASS_LOGS=<dir> keeps each variant's class-load log there (<variant>.classes), to see which libraries
# the classes come from.
#
# Variants: previous (this code with both switchable levers off: Flyway at every start, Redis connecting at
# start), redis-at-start (only the schema check on), flyway-always (only Redis-after-the-first-answer on),
# current (the handler as Lambda builds it), no-migrations (no Flyway and no check: the floor of the
# database part), appcds / aotcache (current, with a dynamic AppCDS archive / a JDK 25 AOT cache),
# jar:<path> (another build's shaded jar as Lambda builds it; appcds+jar:<path> and aotcache+jar:<path> with
# the class-data sharing option on top, e.g. one made at an earlier commit with
# `git archive <commit> | tar -x -C /tmp/old && (cd /tmp/old && ./mvnw -q -pl adapters-lambda package -DskipTests)`,
# to measure a lever that has no switch).
#
# Needs the shaded jar and the bench classes: ./mvnw -B -ntp -pl adapters-lambda,bench package -DskipTests
# Uses HABITS_DB_URL / HABITS_REDIS_URL if set, else the machine's PostgreSQL and Redis (a schema of its own).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-10}
MAX_RATIO=${MAX_RATIO:-}
if [ -n "$MAX_RATIO" ] && ! [[ "$MAX_RATIO" =~ ^[0-9]+([.][0-9]+)?$ ]]; then
  echo "coldstart: MAX_RATIO must be a positive number, not '$MAX_RATIO'" >&2
  exit 2
fi
VARIANTS=${VARIANTS:-"previous redis-at-start flyway-always current no-migrations appcds aotcache"}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
# Lambda's own defaults for Java: tiered compilation stops at C1, a small heap, the serial collector.
FLAGS=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx512m)

JAR=$(ls adapters-lambda/target/adapters-lambda-*-lambda.jar 2>/dev/null | head -n 1 || true)
if [ -z "$JAR" ] || [ ! -d bench/target/classes/org/habittracker/bench/coldstart ]; then
  echo "coldstart: building the Lambda jar and the bench classes" >&2
  ./mvnw -B -ntp -q -pl adapters-lambda,bench package -DskipTests
  JAR=$(ls adapters-lambda/target/adapters-lambda-*-lambda.jar | head -n 1)
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# Class-data sharing archives only jars: the probes go into one of their own.
"${JAVA_HOME:+$JAVA_HOME/bin/}jar" cf "$WORK/coldstart-probes.jar" -C bench/target/classes org/habittracker/bench/coldstart
# A copy of the jar, so that a build running meanwhile cannot change it under the runs.
cp "$JAR" "$WORK/lambda.jar"
CP="$WORK/lambda.jar:$WORK/coldstart-probes.jar"

export HABITS_DB_URL=${HABITS_DB_URL:-"jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=coldstart_bench"}
export HABITS_REDIS_URL=${HABITS_REDIS_URL:-"redis://127.0.0.1:6379"}
export HABITS_DB_POOL_SIZE=1
export HABITS_COOKIE_SECURE=true

echo "coldstart: $(basename "$JAR") ($(( $(stat -c %s "$JAR") / 1024 )) KiB), $("$JAVA" -version 2>&1 | head -n 1)"
# The setup migrates a fresh schema, which Flyway does with two connections: give it two.
BENCH_SESSION=$(HABITS_DB_POOL_SIZE=2 "$JAVA" "${FLAGS[@]}" -cp "$CP" org.habittracker.bench.coldstart.ColdStartSetup 2>"$WORK/setup.log" | tail -n 1) \
  || { cat "$WORK/setup.log" >&2; exit 1; }
export BENCH_SESSION

# Wall-clock milliseconds from exec of the JVM to the answer (the probe prints the moment it answered;
# the JVM's exit is not counted).
run_ms() {
  local start line
  start=$(date +%s%3N)
  "$JAVA" "$@" >/dev/null 2>"$WORK/run.err" || { cat "$WORK/run.err" >&2; exit 1; }
  cat "$WORK/run.err" >> "$WORK/runs.log"
  line=$(grep -o 'answeredAt=[0-9]*' "$WORK/run.err" | tail -n 1)
  grep -o 'cpuMs=[0-9]*' "$WORK/run.err" | tail -n 1 | cut -d= -f2 >> "$WORK/cpu.ms" || true
  grep -o 'mainCpuMs=[0-9]*' "$WORK/run.err" | tail -n 1 | cut -d= -f2 >> "$WORK/main.ms" || true
  echo $(( ${line#answeredAt=} - start ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

# Classes loaded when the app answered: one run that logs each class as it loads, to the same stream as the
# probe's line, so that the count stops there (Redis connects after the answer, and the JVM's exit loads more).
classes_at_answer() {
  local log=$1; shift
  "$JAVA" -Xlog:class+load=info:stderr "$@" >/dev/null 2>"$log" || { tail -n 20 "$log" >&2; exit 1; }
  awk '/coldstart app /{exit} /class,load/{n++} END {print n+0}' "$log"
}

above=()
printf '%-24s %10s %10s %8s %9s %8s %8s\n' variant "app ms" "hello ms" ratio classes "app cpu" "main cpu"
for variant in $VARIANTS; do
  app_extra=(); hello_extra=(); app_args=(); app_cp="$CP"
  tag=$(echo "$variant" | md5sum | cut -c1-8) # file names for this variant's archives and jar copy
  case "$variant" in
    previous) app_args=(flyway-always redis-at-start) ;;
    redis-at-start) app_args=(redis-at-start) ;;
    flyway-always) app_args=(flyway-always) ;;
    no-migrations) app_args=(no-migrations) ;;
    current|appcds|aotcache) ;;
    *jar:*)
      [ -f "${variant#*jar:}" ] || { echo "coldstart: no jar at ${variant#*jar:}" >&2; exit 2; }
      cp "${variant#*jar:}" "$WORK/other-$tag.jar"
      app_cp="$WORK/other-$tag.jar:$WORK/coldstart-probes.jar" ;;
    *) echo "coldstart: unknown variant $variant" >&2; exit 2 ;;
  esac
  case "$variant" in
    *appcds*)
      # JDK 19+: the first run writes an archive of the classes it loaded, later runs map it (one per program).
      app_extra=(-XX:SharedArchiveFile="$WORK/app-$tag.jsa" -XX:+AutoCreateSharedArchive)
      hello_extra=(-XX:SharedArchiveFile="$WORK/hello-$tag.jsa" -XX:+AutoCreateSharedArchive)
      ;;
    *aotcache*)
      # JDK 25 (JEP 483/514): a training run writes an AOT cache of loaded and linked classes.
      "$JAVA" "${FLAGS[@]}" -XX:AOTCacheOutput="$WORK/app-$tag.aot" -cp "$app_cp" \
        org.habittracker.bench.coldstart.ColdStartApp ${app_args[@]+"${app_args[@]}"} >/dev/null 2>>"$WORK/training.log"
      "$JAVA" "${FLAGS[@]}" -XX:AOTCacheOutput="$WORK/hello-$tag.aot" -cp "$CP" \
        org.habittracker.bench.coldstart.ColdStartHello >/dev/null 2>>"$WORK/training.log"
      app_extra=(-XX:AOTCache="$WORK/app-$tag.aot")
      hello_extra=(-XX:AOTCache="$WORK/hello-$tag.aot")
      ;;
  esac
  if [ ${#app_extra[@]} -gt 0 ]; then
    "$JAVA" "${FLAGS[@]}" ${app_extra[@]+"${app_extra[@]}"} -cp "$app_cp" org.habittracker.bench.coldstart.ColdStartApp ${app_args[@]+"${app_args[@]}"} \
      >/dev/null 2>>"$WORK/training.log"
    "$JAVA" "${FLAGS[@]}" ${hello_extra[@]+"${hello_extra[@]}"} -cp "$CP" org.habittracker.bench.coldstart.ColdStartHello \
      >/dev/null 2>>"$WORK/training.log"
  fi
  : > "$WORK/app.ms"; : > "$WORK/hello.ms"; : > "$WORK/cpu.ms"; : > "$WORK/main.ms"
  for _ in $(seq 1 "$N"); do
    run_ms "${FLAGS[@]}" ${hello_extra[@]+"${hello_extra[@]}"} -cp "$CP" org.habittracker.bench.coldstart.ColdStartHello >> "$WORK/hello.ms"
    run_ms "${FLAGS[@]}" ${app_extra[@]+"${app_extra[@]}"} -cp "$app_cp" org.habittracker.bench.coldstart.ColdStartApp ${app_args[@]+"${app_args[@]}"} >> "$WORK/app.ms"
  done
  app=$(median < "$WORK/app.ms"); hello=$(median < "$WORK/hello.ms"); cpu=$(median < "$WORK/cpu.ms"); main=$(median < "$WORK/main.ms")
  name=$(case "$variant" in *jar:*) echo "${variant%%jar:*}${variant##*/}" ;; *) echo "$variant" ;; esac)
  classes=$(classes_at_answer "$WORK/$tag.classes" "${FLAGS[@]}" ${app_extra[@]+"${app_extra[@]}"} -cp "$app_cp" \
    org.habittracker.bench.coldstart.ColdStartApp ${app_args[@]+"${app_args[@]}"})
  if [ -n "${CLASS_LOGS:-}" ]; then
    mkdir -p "$CLASS_LOGS" && cp "$WORK/$tag.classes" "$CLASS_LOGS/$name.classes"
  fi
  ratio=$(echo "$app / $hello" | bc -l)
  printf '%-24s %10s %10s %7.1fx %9s %8s %8s\n' "$name" "$app" "$hello" "$ratio" "$classes" "$cpu" "$main"
  if [ -n "$MAX_RATIO" ] && [ "$(echo "$ratio > $MAX_RATIO" | bc -l)" -eq 1 ]; then
    above+=("$name")
  fi
done
echo "coldstart: medians of $N alternating runs each; load average $(cut -d' ' -f1-3 /proc/loadavg); in-JVM timings of the last app runs:"
grep 'coldstart app' "$WORK/runs.log" | tail -n 3
if [ ${#above[@]} -gt 0 ]; then
  echo "coldstart: above MAX_RATIO=$MAX_RATIO: ${above[*]}" >&2
  exit 3
fi
