"""One line per run for bench/wall/run, and the medians per variant (--summary).

split.py NAME ROUND TIMEFILE OUT REQUESTS FILES LOAD   -> a tab-separated result line
split.py --summary RESULTS NAME...                     -> the Markdown table of medians
"""
import datetime
import json
import re
import statistics
import sys

COLS = ["variant", "round", "wall", "cpu", "rss", "files", "load", "startup", "fetch", "downloads", "albums",
        "first_dl", "listing_end", "inflight_mean", "inflight_peak", "dl_profile"]


def stamp(ts):
    return datetime.datetime.fromisoformat(ts.replace("Z", "+00:00")).timestamp()


def phases(out):
    text = open(out, encoding="utf-8", errors="replace").read()
    got = {}
    m = re.search(r"Sync finished in ([\d.]+) s", text)
    got["sync"] = float(m.group(1)) if m else None
    m = re.search(r"Time: +(.*)", text)
    if m:
        for part in m.group(1).split(","):
            pm = re.match(r"\s*(.*?) ([\d.]+) s", part)
            if pm:
                got[pm.group(1)] = float(pm.group(2))
    return got


def requests(path):
    rows = []
    for line in open(path, encoding="utf-8", errors="replace"):
        try:
            r = json.loads(line)
        except ValueError:
            continue
        p = r.get("path", "")
        if p.startswith("/_fake/"):
            continue
        end = stamp(r["ts"])
        rows.append((end - r.get("ms", 0) / 1000.0, end, p.startswith("/B/"), p.endswith("/records/query")))
    return rows


def run_line(name, rnd, timefile, out, reqs, files, load):
    wall, user, sys_, rss = open(timefile).read().split()[-4:]
    ph = phases(out)
    rows = requests(reqs)
    t0 = min(s for s, _, _, _ in rows) if rows else 0
    dls = [(s, e) for s, e, d, _ in rows if d]
    first_dl = min(s for s, _ in dls) - t0 if dls else -1
    listing_end = max((e for s, e, _, q in rows if q), default=t0) - t0
    mean = peak = 0
    profile = []
    if dls:
        span = max(e for _, e in dls) - min(s for s, _ in dls)
        mean = sum(e - s for s, e in dls) / span if span > 0 else 0
        ev = sorted([(s, 1) for s, _ in dls] + [(e, -1) for _, e in dls])
        lvl = 0
        for _, d in ev:
            lvl += d
            peak = max(peak, lvl)
        start = int(min(s for s, _ in dls) - t0)
        for sec in range(start, int(max(e for _, e in dls) - t0) + 1):
            a, b = t0 + sec, t0 + sec + 1
            busy = sum(max(0, min(e, b) - max(s, a)) for s, e in dls)
            profile.append(f"{busy:.0f}")
    startup = float(wall) - ph["sync"] if ph.get("sync") is not None else -1
    vals = [name, rnd, wall, f"{float(user) + float(sys_):.2f}", str(int(rss) // 1024), files, load, f"{startup:.2f}",
            str(ph.get("reading iCloud", 0)), str(ph.get("planning and downloading", 0)), str(ph.get("albums", 0)),
            f"{first_dl:.2f}", f"{listing_end:.2f}", f"{mean:.1f}", str(peak), "/".join(profile)]
    print("\t".join(vals))


def summary(path, names):
    rows = [l.rstrip("\n").split("\t") for l in open(path)]
    print("| variant | runs | wall s | CPU s | peak RSS MiB | start-up s | reading iCloud s | planning and downloading s"
          " | albums s | first download at s | last listing request ends s | downloads in flight mean/peak | files |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for n in names:
        mine = [dict(zip(COLS, r)) for r in rows if r[0] == n]
        if not mine:
            continue
        med = lambda k: statistics.median(float(m[k]) for m in mine)
        walls = sorted(float(m["wall"]) for m in mine)
        print(f"| {n} | {len(mine)} | {med('wall'):.1f} ({walls[0]:.1f}-{walls[-1]:.1f}) | {med('cpu'):.1f} | "
              f"{max(int(m['rss']) for m in mine)} | {med('startup'):.1f} | {med('fetch'):.1f} | {med('downloads'):.1f} | "
              f"{med('albums'):.1f} | {med('first_dl'):.1f} | {med('listing_end'):.1f} | {med('inflight_mean'):.1f}/"
              f"{max(int(m['inflight_peak']) for m in mine)} | {mine[0]['files']} |")


if __name__ == "__main__":
    if sys.argv[1] == "--summary":
        summary(sys.argv[2], sys.argv[3:])
    else:
        run_line(*sys.argv[1:8])
