"""Turns bench/peers/run's scratch directory into the Markdown section it prints and records.

Usage: report.py WORK ASSETS ADDED LATENCY_MS ELAPSED_S
Reads WORK/runs.tsv (tool, step, exit code) and, per run, WORK/TOOL-STEP.time (GNU time -v),
TOOL-STEP.files (files new or changed: inode size mtime path) and TOOL-STEP.requests.jsonl (the fake's log).
"""
import datetime
import json
import os
import platform
import re
import sys

STEPS = ["initial", "no-change", "added"]
TOOLS = ["orchard-tls", "orchard-originals", "orchard-clear", "icloudpd", "icps-tls", "icps-clear"]
# Orchard / peer on the same transport; orchard-originals keeps what the peers keep (no thumbnails or previews).
PAIRS = [("orchard-tls", "icloudpd"), ("orchard-tls", "icps-tls"), ("orchard-originals", "icloudpd"),
         ("orchard-originals", "icps-tls"), ("orchard-clear", "icps-clear")]
KINDS = [("auth", "sign-in"), ("listing", "records/query"), ("changes", "changes/*"), ("ck-other", "other CloudKit"),
         ("download", "downloads"), ("other", "other")]


def kind(path):
    if path.startswith("/appleauth/") or path.startswith("/setup/"):
        return "auth"
    if path.startswith("/database/"):
        if path.endswith("/records/query"):
            return "listing"
        if "/changes/" in path:
            return "changes"
        return "ck-other"
    if path.startswith("/B/"):
        return "download"
    return "other"


def seconds(text):
    parts = [float(p) for p in text.strip().split(":")]
    total = 0.0
    for p in parts:
        total = total * 60 + p
    return total


def read_time(path):
    out = {"wall": None, "cpu": None, "rss": None}
    if not os.path.exists(path):
        return out
    user = system = 0.0
    for line in open(path, encoding="utf-8", errors="replace"):
        key, _, value = line.strip().rpartition(": ")
        if key == "User time (seconds)":
            user = float(value)
        elif key == "System time (seconds)":
            system = float(value)
        elif key == "Maximum resident set size (kbytes)":
            out["rss"] = int(value) / 1024
        elif key.startswith("Elapsed (wall clock) time"):
            out["wall"] = seconds(value)
    out["cpu"] = user + system
    return out


def read_files(path):
    inodes = {}
    if os.path.exists(path):
        for line in open(path, encoding="utf-8", errors="replace"):
            parts = line.split(" ", 3)
            if len(parts) == 4:
                inodes[parts[0]] = int(parts[1])
    return len(inodes), sum(inodes.values())


def stamp(ts):
    return datetime.datetime.fromisoformat(ts.replace("Z", "+00:00")).timestamp()


def read_requests(path):
    counts = {k: 0 for k, _ in KINDS}
    intervals = []
    statuses = {}
    if os.path.exists(path):
        for line in open(path, encoding="utf-8", errors="replace"):
            try:
                r = json.loads(line)
            except ValueError:
                continue
            if r.get("path", "").startswith("/_fake/"):
                continue
            counts[kind(r.get("path", ""))] += 1
            status = r.get("status", 0)
            if status >= 400 or status == 0:
                statuses[status] = statuses.get(status, 0) + 1
            end = stamp(r["ts"])
            intervals.append((end - r.get("ms", 0) / 1000.0, end))
    mean = peak = 0.0
    if intervals:
        busy = sum(e - s for s, e in intervals)
        span = max(e for _, e in intervals) - min(s for s, _ in intervals)
        mean = busy / span if span > 0 else 0.0
        events = sorted([(s, 1) for s, _ in intervals] + [(e, -1) for _, e in intervals], key=lambda x: (x[0], x[1]))
        level = 0
        for _, d in events:
            level += d
            peak = max(peak, level)
    return counts, sum(counts.values()), mean, int(peak), statuses


def fmt(v, digits=1):
    if v is None:
        return "-"
    return f"{v:,.{digits}f}"


def ratio(a, b):
    if a is None or b is None or b == 0:
        return "-"
    return f"{a / b:.2f}"


def main():
    work, assets, added, latency, elapsed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    exits = {}
    for line in open(os.path.join(work, "runs.tsv"), encoding="utf-8"):
        tool, step, code = line.rstrip("\n").split("\t")
        exits[(tool, step)] = code
    runs = {}
    for (tool, step), code in exits.items():
        base = os.path.join(work, f"{tool}-{step}")
        t = read_time(base + ".time")
        files, size = read_files(base + ".files")
        counts, total, mean, peak, statuses = read_requests(base + ".requests.jsonl")
        runs[(tool, step)] = dict(t, files=files, bytes=size, counts=counts, requests=total, mean=mean, peak=peak,
                                  statuses=statuses, exit=code)

    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = " ".join(open("/proc/loadavg").read().split()[:3]) if os.path.exists("/proc/loadavg") else "?"
    out = []
    w = out.append
    w(f"## Side by side with the peers (`bench/peers/run`), {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC")
    w("")
    w(f"`bench/peers/run --assets {assets} --added {added} --latency {latency}`: one fake iCloud ({latency} ms on every "
      f"request), {assets} generated assets, then {added} added. {os.cpu_count()} cores ({cpu}), {platform.system()} "
      f"{platform.release()}; load average at the end {load}; {elapsed} s for the three steps. Tools run one at a time, "
      "interleaved per step. CPU is user + system time; RSS is the peak of the tool's largest process. Files and bytes are "
      "what the run wrote into the tool's folder (state files left out). In flight: mean and peak requests open at the "
      "fake during the run.")
    w("")
    w("| step | tool | exit | wall s | CPU s | peak RSS MiB | files | MB | " + " | ".join(label for _, label in KINDS)
      + " | requests | in flight mean/peak | wall ms/file | CPU ms/file | errors |")
    w("|---|---|---|---|---|---|---|---|" + "---|" * len(KINDS) + "---|---|---|---|---|")
    for step in STEPS:
        for tool in TOOLS:
            r = runs.get((tool, step))
            if r is None:
                continue
            # A no-change run writes no media (Orchard rewrites one small state file): per file means nothing there.
            per = r["files"] if r["files"] and step != "no-change" else None
            errors = ", ".join(f"{n}x{s}" for s, n in sorted(r["statuses"].items())) or "-"
            w(f"| {step} | {tool} | {r['exit']} | {fmt(r['wall'], 2)} | {fmt(r['cpu'], 2)} | {fmt(r['rss'], 0)} | "
              f"{r['files']:,} | {r['bytes'] / 1e6:,.1f} | " + " | ".join(f"{r['counts'][k]:,}" for k, _ in KINDS)
              + f" | {r['requests']:,} | {r['mean']:.1f}/{r['peak']} | "
              f"{fmt(r['wall'] * 1000 / per if per and r['wall'] is not None else None, 1)} | "
              f"{fmt(r['cpu'] * 1000 / per if per and r['cpu'] is not None else None, 1)} | {errors} |")
    w("")
    w("Ratios Orchard / peer, each pair on the same transport (below 1: Orchard is faster, lighter or asks less):")
    w("")
    w("| step | pair | wall | CPU | peak RSS | requests | wall per file | CPU per file |")
    w("|---|---|---|---|---|---|---|---|")
    for step in STEPS:
        for a, b in PAIRS:
            x, y = runs.get((a, step)), runs.get((b, step))
            if x is None or y is None:
                continue

            def per(r, key):
                return r[key] / r["files"] if r["files"] and step != "no-change" and r[key] is not None else None
            w(f"| {step} | {a} / {b} | {ratio(x['wall'], y['wall'])} | {ratio(x['cpu'], y['cpu'])} | "
              f"{ratio(x['rss'], y['rss'])} | {ratio(x['requests'], y['requests'])} | "
              f"{ratio(per(x, 'wall'), per(y, 'wall'))} | {ratio(per(x, 'cpu'), per(y, 'cpu'))} |")
    w("")
    w("Where Orchard's wall time went (from its own summary; start-up = wall minus the sync's own time, so JVM "
      "start, config and the session check):")
    w("")
    for step in STEPS:
        for tool in TOOLS:
            if tool.startswith("orchard-") and (tool, step) in runs:
                w(f"- {step}, {tool}: {orchard_split(os.path.join(work, f'{tool}-{step}.log'), runs[(tool, step)]['wall'])}")
    print("\n".join(out))


def orchard_split(log, wall):
    text = open(log, encoding="utf-8", errors="replace").read() if os.path.exists(log) else ""
    parts = []
    m = re.search(r"Sync finished in ([\d.]+) s", text)
    if m and wall is not None:
        parts.append(f"start-up {wall - float(m.group(1)):.1f} s, sync {m.group(1)} s")
    m = re.search(r"Time: +(.*)", text)
    if m:
        parts.append(m.group(1).strip())
    m = re.search(r"Downloaded: +([\d,]+) files", text)
    if m:
        parts.append(f"{m.group(1)} originals and edits")
    m = re.search(r"Previews: +([\d,]+)", text)
    if m:
        parts.append(f"{m.group(1)} thumbnails and previews")
    return "; ".join(parts) or "no summary in its log"


if __name__ == "__main__":
    main()
