#!/usr/bin/env python3
"""Where an Orchard run's CPU goes, from a JFR recording (bench/cpu/run --jfr): CPU per thread group (from
jdk.ThreadCPULoad, integrated over time) and the Java samples (jdk.ExecutionSample) by what they were doing.

    bench/cpu/profile.py RECORDING.jfr [FILES]

FILES (the files the run downloaded) adds a column of CPU milliseconds per file. Needs the JDK's `jfr` on PATH
or under $JAVA_HOME/bin."""
import collections, json, os, re, shutil, subprocess, sys

# A sample belongs to the first frame, innermost first, whose class matches one of these (order matters).
CATEGORIES = [
    ("TLS records (AES-GCM)", r"^(com\.sun\.crypto\.provider\.(GaloisCounterMode|GHASH|AESCrypt|CounterMode|GCTR)|sun\.security\.ssl\.SSLCipher)"),
    ("TLS handshake (certificates, key exchange)", r"^(sun\.security\.(ec|x509|util|provider\.certpath|validator|rsa)|sun\.security\.ssl\.(.*Handshake|.*KeyExchange|.*Certificate|ClientHello|ServerHello|Finished))"),
    ("hashing (SHA-1 fileChecksum)", r"^(sun\.security\.provider\.(SHA|DigestBase)|dev\.orchard\.icloud\.photos\.model\.FileChecksum)"),
    ("TLS engine (other)", r"^(sun\.security\.ssl|javax\.net\.ssl)"),
    ("JDK HttpClient machinery", r"^(jdk\.internal\.net\.http)"),
    ("Apache HttpClient", r"^org\.apache\.hc"),
    ("SQLite", r"^org\.sqlite"),
    ("JSON (Jackson)", r"^com\.fasterxml"),
    ("logging", r"^(ch\.qos\.logback|org\.slf4j)"),
    ("CLI (picocli)", r"^picocli"),
    ("class loading, lambda linking", r"^(java\.lang\.invoke\.(InnerClassLambdaMetafactory|MethodHandleNatives|LambdaForm(Editor|Compiler)|"
     r"InvokerBytecodeGenerator|ClassSpecializer|MethodType|MemberName|StringConcatFactory)|java\.lang\.classfile|jdk\.internal\.classfile|"
     r"jdk\.internal\.org\.objectweb|java\.lang\.ClassLoader|jdk\.internal\.loader|java\.util\.zip|java\.util\.jar)"),
    ("regex", r"^java\.util\.regex"),
    ("file I/O", r"^(sun\.nio\.fs|sun\.nio\.ch\.FileChannelImpl|sun\.nio\.ch\.FileDispatcherImpl|java\.io\.File|java\.nio\.file)"),
    ("socket I/O", r"^(sun\.nio\.ch\.(Socket|Net|IOUtil|EPoll|Selector)|java\.net\.Socket|sun\.nio\.ch\.NioSocket)"),
    ("Orchard photos download", r"^dev\.orchard\.photos\.download"),
    ("Orchard photos state / plan", r"^dev\.orchard\.photos\.(state|plan|sync|fetch)"),
    ("Orchard iCloud client", r"^dev\.orchard\.icloud"),
    ("Orchard other", r"^dev\.orchard"),
]
RULES = [(name, re.compile(p)) for name, p in CATEGORIES]

THREAD_GROUPS = [
    ("C2 compiler", r"^C2 CompilerThread"), ("C1 compiler", r"^C1 CompilerThread"),
    ("download threads", r"^photos-download"), ("listing threads", r"^photos-(listing|albums)"),
    ("JDK HttpClient threads", r"^HttpClient-"), ("main", r"^main$"), ("GC", r"(GC|VM Thread)"),
]


def jfr_tool():
    for d in [os.environ.get("JAVA_HOME", "") + "/bin/jfr", shutil.which("jfr")]:
        if d and os.path.exists(d):
            return d
    sys.exit("profile.py: no jfr tool (set JAVA_HOME)")


def events(recording, names, depth=64):
    out = subprocess.run([jfr_tool(), "print", "--json", "--stack-depth", str(depth), "--events", names, recording],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["recording"]["events"]


def seconds(iso):
    # "2026-12-03T15:42:04.123456789Z" or with an offset: seconds since midnight is enough within one run
    m = re.search(r"T(\d+):(\d+):(\d+(?:\.\d+)?)", iso)
    return int(m.group(1)) * 3600 + int(m.group(2)) * 60 + float(m.group(3))


def thread_cpu(recording):
    """CPU seconds per thread: each jdk.ThreadCPULoad event gives the thread's share of the machine since the last one."""
    cores = os.cpu_count() or 1
    last, total = {}, collections.Counter()
    batch, previous_batch = None, None  # the JVM samples every thread at once; a new thread's load runs from the batch before
    evs = sorted(events(recording, "jdk.ThreadCPULoad", 0), key=lambda e: e["values"]["startTime"])
    for e in evs:
        v = e["values"]
        t = seconds(v["startTime"])
        if batch is None or t - batch > 0.5:
            previous_batch, batch = batch, t
        name = (v.get("eventThread") or {}).get("javaName") or (v.get("eventThread") or {}).get("osName") or "?"
        since = last.get(name, previous_batch if previous_batch is not None else t - 1.0)
        total[name] += (v["user"] + v["system"]) * (t - since) * cores
        last[name] = t
    return total


def category(frames):
    for f in frames:
        cls = f["method"]["type"]["name"].replace("/", ".")
        for name, rule in RULES:
            if rule.search(cls):
                return name
    return "JDK other (collections, strings, concurrency)"


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    rec = sys.argv[1]
    files = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    threads = thread_cpu(rec)
    groups = collections.Counter()
    for name, s in threads.items():
        g = next((label for label, p in THREAD_GROUPS if re.search(p, name)), "other threads")
        groups[g] += s
    whole = sum(groups.values())
    print(f"CPU by thread (jdk.ThreadCPULoad, integrated): {whole:.1f} s")
    print("| threads | CPU s | share |" + (" ms per file |" if files else ""))
    print("|---|---|---|" + ("---|" if files else ""))
    for g, s in groups.most_common():
        print(f"| {g} | {s:.1f} | {100 * s / whole:.0f} % |" + (f" {1000 * s / files:.2f} |" if files else ""))
    samples = collections.Counter()
    for e in events(rec, "jdk.ExecutionSample"):
        samples[category(e["values"]["stackTrace"]["frames"])] += 1
    n = sum(samples.values())
    java = whole - groups["C2 compiler"] - groups["C1 compiler"] - groups["GC"]
    print(f"\nJava samples (jdk.ExecutionSample): {n}; their share of the non-JIT, non-GC thread CPU ({java:.1f} s)")
    print("| what | samples | share | ~CPU s |" + (" ~ms per file |" if files else ""))
    print("|---|---|---|---|" + ("---|" if files else ""))
    for c, k in samples.most_common():
        s = java * k / n
        print(f"| {c} | {k} | {100 * k / n:.0f} % | {s:.1f} |" + (f" {1000 * s / files:.2f} |" if files else ""))


if __name__ == "__main__":
    main()
