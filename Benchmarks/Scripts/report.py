#!/usr/bin/env python3
"""Prints the benchmark tables (Markdown) and the targets with pass/fail, from the files run.sh wrote.

usage: report.py RESULTS_DIR
"""
import os
import statistics
import sys
from collections import defaultdict

RES = sys.argv[1]
NAMES = {"sdkgen": "sdkgen", "soag": "swift-openapi-generator 1.14.3", "oag": "openapi-generator 7.26 swift6"}


def rows(name):
    path = os.path.join(RES, name)
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


def fmt_s(x):
    return f"{x:.2f} s" if x < 10 else f"{x:.1f} s"


def fmt_mib(kib):
    mib = kib / 1024
    return f"{mib / 1024:.2f} GiB" if mib >= 1024 else f"{mib:.0f} MiB"


machine = dict(r[:2] for r in rows("machine.tsv") if len(r) >= 2)
print("## Machine\n")
for key in ("date", "cpu", "nproc", "memory", "swift", "java", "oag", "commit", "load_start",
            "load_after_generation", "load_end", "oag_x1000_note"):
    if key in machine:
        print(f"- {key}: {machine[key] or 'not installed'}")
print()

# ------------------------------------------------------------------ generation
gen = defaultdict(list)  # (tool, size) -> [(secs, kib, status)]
for tool, size, run, secs, kib, status in rows("gen.tsv"):
    gen[(tool, int(size))].append((float(secs), int(kib), status))
sizes = sorted({s for _, s in gen})
med = {}
for key, runs in gen.items():
    ok = [r for r in runs if r[2] == "ok"]
    if ok:
        med[key] = (statistics.median(r[0] for r in ok), statistics.median(r[1] for r in ok), len(ok), False)
    elif any(r[2] == "timeout" for r in runs):
        med[key] = (runs[0][0], 0, 0, True)

tools = [t for t in ("sdkgen", "soag", "oag") if any(k[0] == t for k in gen)]


def cell(tool, size):
    if (tool, size) not in med:
        return "not installed" if tool == "oag" and not machine.get("oag") else "failed"
    secs, kib, n, timed_out = med[(tool, size)]
    if timed_out:
        return f"> {secs:.0f} s (killed)"
    note = "" if n >= 3 else f" ({n} run{'s' if n > 1 else ''})"
    return f"{fmt_s(secs)}, {fmt_mib(kib)}{note}"


def ratio(size, peer):
    a, b = med.get(("sdkgen", size)), med.get((peer, size))
    if not a or not b or (a[3] and b[3]):
        return "–"
    if a[3]:
        return f"> {a[0] / b[0]:.2f}× time"
    if b[3]:
        return f"< {a[0] / b[0]:.3f}× time"
    return f"{a[0] / b[0]:.3f}× time, {a[1] / b[1]:.2f}× mem"


print("## Generation (whole process: wall time and peak RSS, median of the runs)\n")
head = ["operations", NAMES["sdkgen"]]
for peer in ("soag", "oag"):
    head += [NAMES[peer], f"ours/{'soag' if peer == 'soag' else 'oag'}"]
print("| " + " | ".join(head) + " |")
print("|" + "---|" * len(head))
for size in sizes:
    line = [f"{size * 16:,}", cell("sdkgen", size)]
    for peer in ("soag", "oag"):
        if peer in tools or peer == "oag":
            line += [cell(peer, size), ratio(size, peer)]
    print("| " + " | ".join(line) + " |")
print()

# ------------------------------------------------------------------ compile
comp = defaultdict(list)
noop = defaultdict(list)
lines_of, files_of = {}, {}
for pkg, size, run, secs, kib, lines, noop_secs, files in rows("compile.tsv"):
    comp[(pkg, int(size))].append(float(secs))
    noop[(pkg, int(size))].append(float(noop_secs))
    lines_of[(pkg, int(size))] = int(lines)
    files_of[(pkg, int(size))] = int(files)


def compile_only(pkg, size):
    """Median of (touched rebuild - no-op build) over the runs: the compiler's share."""
    return statistics.median(t - n for t, n in zip(comp[(pkg, size)], noop[(pkg, size)]))


if comp:
    print("## Compile time of the generated code (debug; `swift build --target T` after touching T's files, median)\n")
    print("Rebuild: wall time of the command after touching every file of the target (what the developer waits). "
          "No-op: the same command with nothing touched, just before (SwiftPM's own overhead, after a first no-op that re-plans).\n")
    print("| operations | sdkgen client+models: rebuild (no-op) | swift-openapi-generator types+client: rebuild (no-op) | ours/theirs rebuild |")
    print("|---|---|---|---|")
    for size in sorted({s for _, s in comp}):
        cells = []
        for pkg in ("ours", "peer"):
            cells.append(f"{fmt_s(statistics.median(comp[(pkg, size)]))} ({fmt_s(statistics.median(noop[(pkg, size)]))}); "
                         f"{files_of[(pkg, size)]} files, {lines_of[(pkg, size)]:,} lines")
        wall = statistics.median(comp[("ours", size)]) / statistics.median(comp[("peer", size)])
        print(f"| {size * 16:,} | {cells[0]} | {cells[1]} | {wall:.2f}× |")
    print()

# ------------------------------------------------------------------ per call
per = {}
path = os.path.join(RES, "percall.txt")
if os.path.exists(path):
    for line in open(path):
        parts = line.split()
        if len(parts) >= 3 and parts[0] == "percall":
            per[parts[1]] = float(parts[2])
if per:
    print("## Per-call cost in process (canned transport; issueAccessToken: build, encode, sign, decode; median)\n")
    print("| what | ns per call |")
    print("|---|---|")
    labels = {"sdk": "SDK call (`client.communicationIdentity.issueAccessToken`)",
              "bare": "the same written by hand (JSONEncoder, HMAC by hand, JSONDecoder)",
              "sdk_stubtransport": "SDK call through `AzureSDKRuntimeTesting.StubTransport` (records every request)",
              "sign_only": "`AccessKeyCredential.authorize` alone"}
    for key, label in labels.items():
        if key in per:
            print(f"| {label} | {per[key]:,.0f} |")
    if "sdk" in per and "bare" in per:
        print(f"| SDK over hand-written | {per['sdk'] - per['bare']:+,.0f} ns ({per['sdk'] / per['bare'] - 1:+.0%}) |")
    print()

e2e = {}
e2e_state = None
path = os.path.join(RES, "e2e.txt")
if os.path.exists(path):
    for line in open(path):
        parts = line.split()
        if len(parts) >= 3 and parts[0] == "e2e":
            e2e[parts[1]] = (float(parts[2]), " ".join(parts[3:]))
        elif line.strip():
            e2e_state = line.strip()
print("## End to end against identity-emulator on loopback (16 concurrent callers, issueAccessToken, calls/s, median)\n")
if e2e:
    print("| what | calls/s | |")
    print("|---|---|---|")
    for key, label in (("sdk", "SDK (URLSessionTransport)"), ("bare_urlsession", "bare URLSession, signed by hand")):
        if key in e2e:
            print(f"| {label} | {e2e[key][0]:,.0f} | {e2e[key][1]} |")
    print()
else:
    print(f"pending (emulator){': ' + e2e_state if e2e_state and e2e_state != 'pending' else ''}\n")

# ------------------------------------------------------------------ targets
print("## Targets\n")
print("| target | measured | result |")
print("|---|---|---|")


def verdict(ok):
    return "PASS" if ok else "FAIL"


a, b = med.get(("sdkgen", 100)), med.get(("soag", 100))
if a and b and not a[3] and not b[3]:
    speed, mem = b[0] / a[0], a[1] / b[1]
    print(f"| generation ≥10× faster than swift-openapi-generator at 1,600 operations | {speed:.1f}× | {verdict(speed >= 10)} |")
    print(f"| … with ≤⅓ of its peak memory | {mem:.2f}× ({fmt_mib(a[1])} vs {fmt_mib(b[1])}) | {verdict(mem <= 1 / 3)} |")
else:
    print("| generation ≥10× faster / ≤⅓ memory at 1,600 operations | not measured | – |")
a, b = med.get(("sdkgen", 100)), med.get(("sdkgen", 1000))
if a and b and not b[3]:
    growth = b[0] / a[0]
    print(f"| linear: 16,000 operations take ≤11× the 1,600-operation time | {growth:.1f}× ({fmt_s(a[0])} → {fmt_s(b[0])}) | {verdict(growth <= 11)} |")
elif a and b:
    print(f"| linear: 16,000 operations take ≤11× the 1,600-operation time | > {b[0] / a[0]:.0f}× ({fmt_s(a[0])} → killed after {b[0]:.0f} s) | FAIL |")
else:
    print("| linear: 16,000 ≤ 11× 1,600 | not measured | – |")
if comp:
    size = max(s for _, s in comp)
    o, p = statistics.median(comp[("ours", size)]), statistics.median(comp[("peer", size)])
    print(f"| generated client+models compile ≥2× faster than swift-openapi-generator's (at {size * 16:,} operations, wall of the rebuild) | {p / o:.2f}× | {verdict(p / o >= 2)} |")
else:
    print("| compile ≥2× faster | not measured | – |")
if "sdk" in e2e and "bare_urlsession" in e2e:
    overhead = e2e["bare_urlsession"][0] / e2e["sdk"][0] - 1
    print(f"| SDK per-call overhead ≤5% over the hand-signed bare URLSession call (end to end) | {overhead:+.1%} time per call | {verdict(overhead <= 0.05)} |")
else:
    print("| SDK per-call overhead ≤5% over bare URLSession (end to end) | pending (emulator) | – |")
