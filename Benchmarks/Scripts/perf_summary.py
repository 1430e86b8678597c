#!/usr/bin/env python3
"""Summarises `perf script` output (read from stdin, already piped through `swift demangle --simplified`).

Prints the inclusive share of the top frames (each counted once per sample), the self share of the top leaves,
and, for each name given with --callers NAME, who calls it (share of all samples).
usage: perf script -i DATA | swift demangle --simplified | perf_summary.py [--top N] [--callers SUBSTRING ...]
"""
import re
import sys
from collections import Counter

args = sys.argv[1:]
top = 40
callers_of = []
while args:
    a = args.pop(0)
    if a == "--top":
        top = int(args.pop(0))
    elif a == "--callers":
        callers_of.append(args.pop(0))

samples = []
stack = []
frame = re.compile(r"^\s+[0-9a-f]+\s+(.*?)\s+\((.*)\)\s*$")
for line in sys.stdin:
    if not line.strip():
        if stack:
            samples.append(stack)
        stack = []
        continue
    m = frame.match(line)
    if m:
        name = re.sub(r"\+0x[0-9a-f]+$", "", m.group(1))
        stack.append(name)
if stack:
    samples.append(stack)
total = len(samples)
incl, self_ = Counter(), Counter()
for s in samples:
    self_[s[0]] += 1
    for name in set(s):
        incl[name] += 1
print(f"samples: {total}")
print("\ninclusive (share of samples with the frame on the stack):")
for name, n in incl.most_common(top):
    print(f"  {100 * n / total:5.1f}%  {name[:150]}")
print("\nself:")
for name, n in self_.most_common(top // 2):
    print(f"  {100 * n / total:5.1f}%  {name[:150]}")
for target in callers_of:
    c = Counter()
    for s in samples:
        for i, name in enumerate(s):
            if target in name:
                # the nearest caller that is not the same function
                j = i + 1
                while j < len(s) and target in s[j]:
                    j += 1
                c[s[j] if j < len(s) else "?"] += 1
                break
    print(f"\ncallers of '{target}':")
    for name, n in c.most_common(8):
        print(f"  {100 * n / total:5.1f}%  {name[:150]}")
