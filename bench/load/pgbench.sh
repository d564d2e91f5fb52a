#!/usr/bin/env bash
# The floor the database sets: pgbench running the board request's own SQL (bench/load/board.sql) with
# the same number of clients as the HTTP load, on the data bench/load/board.sh seeded.
#
#   bench/load/pgbench.sh <schema> <owner uuid> <cookie file> [script.sql]
#
# -M extended sends each statement as the JDBC driver does with prepareThreshold=0 (parse, bind, execute
# of an unnamed statement, so every execution is planned for its parameters). Prints pgbench's figures and
# the CPU one transaction costs PostgreSQL and pgbench. Env: CLIENTS (16), THREADS (2), DURATION (30, s).
set -euo pipefail
schema=${1:?usage: pgbench.sh <schema> <owner uuid> <cookie file> [script.sql]}
owner=${2:?owner uuid}
cookie_file=${3:?cookie file}
here=$(cd "$(dirname "$0")" && pwd)
script=${4:-$here/board.sql}
source "$here/cpu.sh"
duration=${DURATION:-30}
duration=${duration%s}
token=$(sed -n 's/^habits_session=//p' "$cookie_file" | tr -d '\r\n')
# Sessions are stored by the SHA-256 of the cookie's token (TokenHash.of), hex-encoded.
token_hash=$(printf '%s' "$token" | sha256sum | cut -d' ' -f1)
found=$(psql -h 127.0.0.1 -U postgres -d test -tAc \
  "SELECT count(*) FROM $schema.sessions WHERE token_hash = '$token_hash' AND user_id = '$owner'")
[[ $found == 1 ]] || { echo "no session $token_hash for $owner in $schema" >&2; exit 1; }
out=$(mktemp -d /tmp/habits-pgbench.XXXXXX)
pg0=$(postgres_ticks); read -r b0 t0 <<<"$(machine_ticks)"
PGOPTIONS="-c search_path=$schema" /usr/bin/time -f '%U %S' -o "$out/cpu" \
  pgbench -h 127.0.0.1 -U postgres -n -M extended -c "${CLIENTS:-16}" -j "${THREADS:-2}" -T "$duration" \
  -D owner="$owner" -D token_hash="$token_hash" -f "$script" test | tee "$out/pgbench.txt"
pg1=$(postgres_ticks); read -r b1 t1 <<<"$(machine_ticks)"
transactions=$(awk '/number of transactions actually processed/{print $NF}' "$out/pgbench.txt")
awk -v p=$((pg1 - pg0)) -v b=$((b1 - b0)) -v t=$((t1 - t0)) -v n=$(nproc) -v q="$transactions" \
    -v hz=$(getconf CLK_TCK) -v c="$(cat "$out/cpu")" 'BEGIN {
  split(c, u, " "); w = (u[1] + u[2]) * hz; ms = 1000 / hz
  printf "CPU while measured (share of %d cores): machine busy %.0f%%, PostgreSQL %.0f%%, pgbench %.0f%%, everything else %.0f%%\n",
    n, 100*b/t, 100*p/t, 100*w/t, 100*(b-p-w)/t
  printf "CPU per transaction: PostgreSQL %.3f ms, pgbench %.3f ms => %.0f tps if the %d cores were ours alone\n",
    ms*p/q, ms*w/q, n*1000/(ms*(p+w)/q), n
  printf "RESULT-PGBENCH pg_ms=%.3f pgbench_ms=%.3f alone_tps=%.0f other_pct=%.0f\n", ms*p/q, ms*w/q,
    n*1000/(ms*(p+w)/q), 100*(b-p-w)/t }'
awk '/^tps =/{print "RESULT-TPS tps=" $3} /latency average/{print "RESULT-LAT avg_ms=" $4}' "$out/pgbench.txt"
rm -rf "$out"
