#!/usr/bin/env python3
"""Builds the 'after' jar of an A/B comparison: the runnable jar with one package's classes replaced.

    python3 bench/load/patch-jar.py <jar> <classes dir> <package path> <out jar>
    e.g. python3 bench/load/patch-jar.py before.jar application/target/classes \
             org/habittracker/application/service after.jar

So that before and after differ only in the code under test (here: the application services), not in
whatever else moved in the tree between two full builds.
"""
import os
import sys
import zipfile

jar, classes, package, out = sys.argv[1:5]
prefix = package.rstrip("/") + "/"
with zipfile.ZipFile(jar) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        if item.filename.startswith(prefix) and item.filename != prefix:
            continue
        dst.writestr(item, src.read(item.filename))
    root = os.path.join(classes, package)
    added = 0
    for name in sorted(os.listdir(root)):
        path = os.path.join(root, name)
        if os.path.isfile(path):
            dst.write(path, prefix + name)
            added += 1
print(f"{out}: {added} classes of {prefix} from {classes}")
