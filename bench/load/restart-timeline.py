#!/usr/bin/env python3
"""What the server answered around a PostgreSQL restart, from its request log (one JSON line a request,
stamped when the answer was made: `_aws.Timestamp`, ms since the epoch).

    python3 bench/load/restart-timeline.py server.log <load start ms> <stop ms> <back ms>

<load start ms>: when the measured load began (earlier lines — seeding, warm-up — are left out); <stop ms>: when
PostgreSQL was told to stop; <back ms>: when it accepted connections again. Counts the board's answers (GET
/api/habits) by status before the stop, while down and after, lists every 5xx other than 503, and gives the
seconds from <back ms> to the first 200 and to the last answer that was not a 200.
"""
import json
import statistics
import sys
from collections import Counter


def main():
    log, start, stop, back = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    phases = {"before the stop": Counter(), "while down": Counter(), "after it was back": Counter()}
    durations_503 = []
    other_5xx = Counter()
    first_non_200 = last_non_200 = first_200_after = None
    with open(log, encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if not line.startswith('{"_aws"'):
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue
            at, status = entry["_aws"]["Timestamp"], entry.get("status")
            if at < start:
                continue
            if status is not None and status >= 500 and status != 503:
                other_5xx[(entry.get("route"), status, entry.get("errorType"))] += 1
            if entry.get("method") != "GET" or entry.get("route") != "/api/habits":
                continue
            phase = "before the stop" if at < stop else "while down" if at < back else "after it was back"
            phases[phase][status] += 1
            if status == 503:
                durations_503.append(entry.get("durationMs", 0))
            if status != 200:
                first_non_200 = at if first_non_200 is None else min(first_non_200, at)
                last_non_200 = at if last_non_200 is None else max(last_non_200, at)
            elif at >= back and (first_200_after is None or at < first_200_after):
                first_200_after = at

    print("board answers (GET /api/habits) by status, from the request log:")
    for phase, counts in phases.items():
        shown = ", ".join(f"{status}: {count}" for status, count in sorted(counts.items())) or "none"
        print(f"  {phase:18} {shown}")
    print("5xx other than 503: " + (", ".join(f"{r} {s} {e}: {n}" for (r, s, e), n in other_5xx.items())
                                     or "none"))
    if durations_503:
        print(f"503s: {len(durations_503)}, answered in median {statistics.median(durations_503):.0f} ms, "
              f"max {max(durations_503)} ms")
    seconds = lambda at: f"{(at - back) / 1000:+.2f} s"
    print("first non-200 after the stop: "
          + (f"{(first_non_200 - stop) / 1000:+.2f} s" if first_non_200 is not None else "none"))
    print("from PostgreSQL accepting connections again to the first 200: "
          + (seconds(first_200_after) if first_200_after is not None else "no 200 after it was back"))
    print("from PostgreSQL accepting connections again to the last non-200: "
          + (seconds(last_non_200) if last_non_200 is not None else "none at all"))


if __name__ == "__main__":
    main()
