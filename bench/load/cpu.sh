# CPU accounting shared by the load scripts (sourced). Every figure is in clock ticks (getconf CLK_TCK a second).

# User + system ticks of one process so far (0 when it is gone).
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }

sum_ticks() { local t=0 p; for p in "$@"; do t=$((t + $(ticks "$p"))); done; echo $t; }

# Every PostgreSQL process alive now, plus what the postmaster's children that already exited used
# (cutime + cstime of the postmaster): backends of short-lived clients such as pgbench are counted too.
postgres_ticks() {
  local postmaster live
  postmaster=$(pgrep -u postgres -x postgres -o || true)
  live=$(sum_ticks $(pgrep -u postgres -x postgres || true))
  if [[ -n $postmaster ]]; then
    echo $((live + $(awk '{print $16 + $17}' "/proc/$postmaster/stat")))
  else
    echo "$live"
  fi
}

# Busy and total ticks of the whole machine, over every core.
machine_ticks() { awk '/^cpu /{print $2+$3+$4+$6+$7+$8, $2+$3+$4+$5+$6+$7+$8}' /proc/stat; }
