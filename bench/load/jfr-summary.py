#!/usr/bin/env python3
"""Where the samples of a JFR recording go, by the first Habit Tracker frame and by library.

    jfr print --stack-depth 200 --events jdk.ExecutionSample rec.jfr | python3 bench/load/jfr-summary.py

Prints three tables: the top frame of each sample (what burns the CPU), the deepest
org.habittracker frame on the stack (which of our calls caused it), and a coarse split by package family.
"""
import collections
import re
import sys

FAMILIES = [
    ("org.postgresql.", "PostgreSQL JDBC driver"),
    ("com.zaxxer.hikari.", "HikariCP"),
    ("org.jdbi.", "JDBI"),
    ("io.lettuce.", "Lettuce (Redis)"),
    ("io.netty.", "Netty"),
    ("com.fasterxml.jackson.", "Jackson"),
    ("org.eclipse.jetty.", "Jetty"),
    ("io.javalin.", "Javalin"),
    ("org.habittracker.domain.", "domain"),
    ("org.habittracker.application.", "application"),
    ("org.habittracker.adapters.persistence.", "adapters-persistence"),
    ("org.habittracker.adapters.cache.", "adapters-cache"),
    ("org.habittracker.adapters.lambda.", "adapters-lambda"),
    ("org.habittracker.adapters.localhttp.", "adapters-local-http"),
    ("com.amazonaws.", "AWS Lambda events"),
]

frame_re = re.compile(r"^\s+([\w$.<>/]+)\(.*\)\s+line:")


def family(frame):
    for prefix, name in FAMILIES:
        if frame.startswith(prefix):
            return name
    return "JDK/other"


def main():
    samples = []
    stack = None
    for line in sys.stdin:
        if line.startswith("jdk.ExecutionSample"):
            stack = []
        elif stack is not None:
            m = frame_re.match(line)
            if m:
                stack.append(m.group(1))
            elif line.strip() == "]":
                samples.append(stack)
                stack = None
    total = len(samples)
    if total == 0:
        print("no samples")
        return
    top = collections.Counter(s[0] for s in samples if s)
    ours = collections.Counter()
    first_lib = collections.Counter()
    for s in samples:
        mine = next((f for f in s if f.startswith("org.habittracker.")), "(none: server/JDK threads)")
        ours[mine] += 1
        # The first non-JDK frame from the top: which library the CPU time is spent in.
        lib = next((family(f) for f in s if family(f) != "JDK/other"), "JDK/other")
        first_lib[lib] += 1
    print(f"{total} samples")
    for title, counter, n in (("top frames", top, 20), ("innermost org.habittracker frame", ours, 20),
                              ("innermost library on the stack", first_lib, 20)):
        print(f"\n== {title}")
        for name, count in counter.most_common(n):
            print(f"{100.0 * count / total:5.1f}%  {count:6d}  {name}")


main()
