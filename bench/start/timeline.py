#!/usr/bin/env python3
"""What a short Orchard run's main thread did, and when, from a JFR recording (say ORCHARD_JAVA_OPTS=
-XX:StartFlightRecording=filename=RUN.jfr,settings=profile with jdk.ExecutionSample#period=1ms): the Java samples
of the main thread (or THREAD) by phase, where the phase of a sample is the innermost frame that matches one of
PHASES, and a timeline of the dominant phase per BUCKET ms since the first sample.

    bench/start/timeline.py RUN.jfr [--thread NAME] [--bucket MS]"""
import argparse, collections, json, os, re, shutil, subprocess, sys

# Innermost match wins; the first pattern that matches a frame names it (order matters).
PHASES = [
    ("picocli model / parse", r"^picocli\."),
    ("logging set-up", r"^(ch\.qos\.logback|org\.slf4j)"),
    ("TLS context / certificates", r"^(sun\.security\.(ssl\.(SSLContextImpl|TrustStoreManager|TrustManagerFactoryImpl)|x509|provider\.X509Factory|util\.(DerValue|DerInputStream|ObjectIdentifier))|java\.security\.KeyStore|javax\.net\.ssl\.(TrustManagerFactory|SSLContext))"),
    ("TLS handshake", r"^sun\.security\.(ssl|ec|rsa|provider\.certpath|validator|util)"),
    ("JDK HttpClient", r"^jdk\.internal\.net\.http"),
    ("Apache HttpClient", r"^org\.apache\.hc"),
    ("SQLite", r"^org\.sqlite"),
    ("Jackson", r"^com\.fasterxml"),
    ("lambda / method handles", r"^java\.lang\.invoke"),
    ("class loading", r"^(jdk\.internal\.loader|java\.lang\.ClassLoader|java\.util\.zip|java\.util\.jar)"),
    ("regex", r"^java\.util\.regex"),
    ("reflection / annotations", r"^(java\.lang\.reflect|sun\.reflect|jdk\.internal\.reflect|java\.lang\.Class\.)"),
    ("Orchard session", r"^dev\.orchard\.icloud\.session"),
    ("Orchard transport", r"^dev\.orchard\.icloud\.http"),
    ("Orchard photos engine", r"^dev\.orchard\.photos"),
    ("Orchard app", r"^dev\.orchard\.app"),
]
RULES = [(n, re.compile(p)) for n, p in PHASES]


def jfr_tool():
    for d in [os.environ.get("JAVA_HOME", "") + "/bin/jfr", shutil.which("jfr")]:
        if d and os.path.exists(d):
            return d
    sys.exit("timeline.py: no jfr tool (set JAVA_HOME)")


def seconds(iso):
    m = re.search(r"T(\d+):(\d+):(\d+(?:\.\d+)?)", iso)
    return int(m.group(1)) * 3600 + int(m.group(2)) * 60 + float(m.group(3))


def phase(frames):
    for f in frames:  # innermost first
        name = f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]
        for n, rule in RULES:
            if rule.search(name):
                return n
    return "other (" + (frames[0]["method"]["type"]["name"].replace("/", ".") if frames else "?") + ")"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("recording")
    ap.add_argument("--thread", default="main")
    ap.add_argument("--bucket", type=int, default=100)
    a = ap.parse_args()
    out = subprocess.run([jfr_tool(), "print", "--json", "--stack-depth", "96", "--events", "jdk.ExecutionSample",
                          a.recording], check=True, capture_output=True, text=True).stdout
    samples = [e["values"] for e in json.loads(out)["recording"]["events"]]
    mine = [s for s in samples if (s.get("sampledThread") or {}).get("javaName") == a.thread]
    if not mine:
        sys.exit(f"timeline.py: no samples of thread {a.thread}")
    t0 = min(seconds(s["startTime"]) for s in mine)
    by_phase = collections.Counter()
    buckets = collections.defaultdict(collections.Counter)
    for s in mine:
        p = phase(s["stackTrace"]["frames"])
        by_phase[p] += 1
        buckets[int((seconds(s["startTime"]) - t0) * 1000 // a.bucket)][p] += 1
    print(f"{len(mine)} samples of thread {a.thread} (of {len(samples)})")
    for p, n in by_phase.most_common(25):
        print(f"  {n:5d} {100 * n / len(mine):5.1f} %  {p}")
    print(f"timeline ({a.bucket} ms buckets since the first sample): samples, then the phases")
    for b in sorted(buckets):
        c = buckets[b]
        print(f"  {b * a.bucket:6d} ms {sum(c.values()):4d}  " + ", ".join(f"{p} {n}" for p, n in c.most_common(3)))


main()
