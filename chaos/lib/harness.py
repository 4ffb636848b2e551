"""Shared machinery of the crash campaigns: one fake iCloud per campaign, Orchard runs that are killed with
SIGKILL once the fake has seen a chosen number of work requests, trial bookkeeping and the final tally.

Standard library only (the machine has python3 but no PyPI packages)."""

import argparse
import base64
import collections
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
APPLE_ID = "demo@example.com"
PASSWORD = "orchard-demo-password"
SERVICE_PREFIXES = ("/setup/", "/appleauth/", "/_fake/")


def arguments(name, trials, description):
    p = argparse.ArgumentParser(prog="chaos/" + name, description=description)
    p.add_argument("--trials", type=int, default=trials, help="trials to run (default: %(default)s)")
    p.add_argument("--seed", type=int, default=None,
                   help="seed of the first trial; trial i uses seed+i, so --seed S --trials 1 replays trial S")
    p.add_argument("--work", help="keep everything under this folder (default: a new temp folder)")
    p.add_argument("--keep", action="store_true", help="keep the folders of passed trials too")
    a = p.parse_args()
    if a.trials < 1:
        p.error("--trials must be at least 1")
    if a.seed is None:
        a.seed = random.SystemRandom().randrange(1, 1_000_000)
    return a


def log(msg):
    print(msg, flush=True)


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def walk(top, skip=lambda rel: False):
    """Relative path -> ('file', sha256) | ('dir', None) | ('link', target) for everything under top."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(top):
        rel_dir = os.path.relpath(dirpath, top)
        keep = []
        for d in dirnames:
            rel = os.path.normpath(os.path.join(rel_dir, d))
            if skip(rel):
                continue
            full = os.path.join(dirpath, d)
            if os.path.islink(full):
                out[rel] = ("link", os.readlink(full))
            else:
                out[rel] = ("dir", None)
                keep.append(d)
        dirnames[:] = keep
        for f in filenames:
            rel = os.path.normpath(os.path.join(rel_dir, f))
            if skip(rel):
                continue
            full = os.path.join(dirpath, f)
            out[rel] = ("link", os.readlink(full)) if os.path.islink(full) else ("file", sha256_file(full))
    return out


def differences(expected, actual, limit=4):
    """One line naming what is missing, extra or different between two walk() results ('' when equal)."""
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    changed = sorted(k for k in set(expected) & set(actual) if expected[k] != actual[k])
    parts = []
    for label, items in (("missing", missing), ("extra", extra), ("different", changed)):
        if items:
            parts.append("%s %d (%s%s)" % (label, len(items), ", ".join(items[:limit]), ", ..." if len(items) > limit else ""))
    return "; ".join(parts)


class Fake:
    """One `orchard fake-icloud` process for a whole campaign, driven through its admin API."""

    def __init__(self, work, args):
        self.work = work
        self.log_path = os.path.join(work, "fake-requests.jsonl")
        self.out_path = os.path.join(work, "fake.out")
        out = open(self.out_path, "w")
        cmd = [os.path.join(ROOT, "orchard"), "fake-icloud", "--port", "0", "--proxy-port", "-1", "--mfa", "none",
               "--ca-file", os.path.join(work, "ca.pem"), "--request-log", self.log_path] + list(args)
        self.proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                     start_new_session=True, env=jar_env())
        deadline = time.monotonic() + 120
        self.url = None
        while self.url is None:
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("chaos: the fake did not start; its output:\n" + open(self.out_path).read())
            time.sleep(0.2)
            for line in open(self.out_path):
                if line.strip().startswith("endpoint:"):
                    self.url = line.split("endpoint:", 1)[1].strip()
        self._offset = 0

    def stop(self):
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.url + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                raw = r.read()
        except urllib.error.HTTPError as e:
            raise RuntimeError("fake admin %s %s: %d %s" % (method, path, e.code, e.read()[:300].decode("utf-8", "replace")))
        return raw

    def get(self, path):
        return json.loads(self.call("GET", path))

    def post(self, path, body=None):
        return json.loads(self.call("POST", path, {} if body is None else body))

    def mark(self):
        """A position in the request log (the end of its last complete line); requests(mark) returns what was
        logged after it."""
        if not os.path.exists(self.log_path):
            return 0
        with open(self.log_path, "rb") as f:
            data = f.read()
        return data.rfind(b"\n") + 1

    def requests(self, mark):
        """The requests logged after mark. Reading stops at a line still being written (without its newline):
        the next read would return only its tail. A line that does not parse is skipped all the same."""
        out = []
        with open(self.log_path, "rb") as f:
            f.seek(mark)
            for line in f:
                if not line.endswith(b"\n"):
                    break
                try:
                    out.append(json.loads(line))
                except ValueError:
                    pass
        return out


def jar_env():
    env = dict(os.environ)
    env["ORCHARD_JAR"] = JAR
    # Short runs on a shared machine: the C1 compiler alone costs far less CPU than the full tiered JIT.
    env["ORCHARD_JAVA_OPTS"] = (env.get("ORCHARD_JAVA_OPTS", "") + " -XX:TieredStopAtLevel=1").strip()
    env.pop("ORCHARD_CONFIG", None)
    return env


JAR = None


def prepare_jar(work):
    """Builds the jar once (through ./orchard) and runs a private copy, so a rebuild meanwhile changes nothing."""
    global JAR
    subprocess.run([os.path.join(ROOT, "orchard"), "--version"], check=True, stdout=subprocess.DEVNULL)
    JAR = os.path.join(work, "orchard.jar")
    shutil.copy(os.path.join(ROOT, "orchard-app", "target", "orchard.jar"), JAR)


def is_work_request(entry):
    return not entry["path"].startswith(SERVICE_PREFIXES)


class Orchard:
    """Runs ./orchard against the fake with one state folder (the signed-in session) for the campaign."""

    def __init__(self, fake, work):
        self.fake = fake
        self.state = os.path.join(work, "state")
        self.home = os.path.join(work, "home")
        os.makedirs(self.home, exist_ok=True)

    def env(self, extra=None):
        env = jar_env()
        env.update({"ORCHARD_ICLOUD_ENDPOINT": self.fake.url, "ORCHARD_USERNAME": APPLE_ID,
                    "ORCHARD_PASSWORD": PASSWORD, "ORCHARD_STATE_DIR": self.state, "ORCHARD_MFA_PORT": "-1",
                    "HOME": self.home})
        env.update(extra or {})
        return env

    def run(self, args, extra_env=None, out_file=None, timeout=300):
        """Runs to completion; returns (exit code, output)."""
        p = subprocess.run([os.path.join(ROOT, "orchard")] + args, env=self.env(extra_env), stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout)
        text = p.stdout.decode("utf-8", "replace")
        if out_file:
            with open(out_file, "w") as f:
                f.write(text)
        return p.returncode, text

    def login(self):
        rc, out = self.run(["login"])
        if rc != 0:
            raise SystemExit("chaos: orchard login failed:\n" + out)

    def run_killed(self, args, extra_env, out_file, after_requests, delay, timeout=300):
        """Starts orchard, waits until the fake has logged `after_requests` work requests from it, waits `delay`
        seconds more and sends SIGKILL. Returns (killed, requests seen when the kill was sent, exit code)."""
        mark = self.fake.mark()
        out = open(out_file, "w")
        p = subprocess.Popen([os.path.join(ROOT, "orchard")] + args, env=self.env(extra_env), stdin=subprocess.DEVNULL,
                             stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        seen = 0
        try:
            while p.poll() is None and seen < after_requests:
                if time.monotonic() > deadline:
                    break
                time.sleep(0.01)
                seen = sum(1 for e in self.fake.requests(mark) if is_work_request(e))
            if p.poll() is None:
                time.sleep(delay)
            killed = p.poll() is None
            if killed:
                os.kill(p.pid, signal.SIGKILL)  # the java process itself: ./orchard execs it
            rc = p.wait()
            seen = sum(1 for e in self.fake.requests(mark) if is_work_request(e))
            return killed, seen, rc
        finally:
            if p.poll() is None:
                os.kill(p.pid, signal.SIGKILL)
                p.wait()
            out.close()


def b64url_to_std(s):
    s = s.replace("-", "+").replace("_", "/")
    return s


class Tally:
    """Counts trials, remembers failures and where the kills landed; prints the summary."""

    def __init__(self, name, args, work):
        self.name, self.args, self.work = name, args, work
        self.passed = 0
        self.failed = []
        self.not_killed = 0
        self.kill_points = []  # one dict per killed trial

    def record(self, trial_seed, kill_desc, problems, folder, killed=True, point=None):
        """point: figures about where the kill landed (e.g. files done, requests seen), for histogram()."""
        if not killed:
            self.not_killed += 1
        if point is not None:
            self.kill_points.append(point)
        if problems:
            self.failed.append((trial_seed, kill_desc, problems, folder))
            log("trial %d: FAIL (%s)" % (trial_seed, kill_desc))
            for p in problems:
                log("    " + p)
            log("    kept: " + folder)
        else:
            self.passed += 1
            log("trial %d: ok (%s)" % (trial_seed, kill_desc))
            if not self.args.keep:
                shutil.rmtree(folder, ignore_errors=True)

    def histogram(self, title, key, buckets):
        counts = collections.Counter()
        for v in (p[key] for p in self.kill_points):
            for lo, hi in buckets:
                if lo <= v <= hi:
                    counts[(lo, hi)] += 1
                    break
        log(title)
        for lo, hi in buckets:
            label = str(lo) if lo == hi else "%d-%d" % (lo, hi)
            log("  %-9s %4d %s" % (label, counts[(lo, hi)], "#" * counts[(lo, hi)]))

    def finish(self):
        total = self.passed + len(self.failed)
        log("chaos/%s: %d passed, %d failed (%d trials from seed %d; %d ended before the kill)"
            % (self.name, self.passed, len(self.failed), total, self.args.seed, self.not_killed))
        for seed, kill, problems, folder in self.failed:
            log("  FAILED trial %d (%s): %s [%s]" % (seed, kill, problems[0], folder))
        summary = {"campaign": self.name, "trials": total, "passed": self.passed, "failed": len(self.failed),
                   "not_killed": self.not_killed, "seed": self.args.seed, "kill_points": self.kill_points}
        with open(os.path.join(self.work, "summary.json"), "w") as f:
            json.dump(summary, f)
        return 1 if self.failed else 0


def tidy(args, work, code):
    """Removes the temp folder of a campaign that passed (kept with --work or --keep); returns code."""
    if code == 0 and not args.work and not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return code


def stop_on_signals():
    """SIGTERM and SIGINT end the campaign through its finally blocks, so its fake and Orchard stop too."""
    def handler(signum, frame):
        raise SystemExit("chaos: stopped by signal %d" % signum)
    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


def workdir(args, name):
    stop_on_signals()
    work = args.work or tempfile.mkdtemp(prefix="orchard-chaos-%s-" % name)
    os.makedirs(work, exist_ok=True)
    log("chaos/%s: working in %s" % (name, work))
    return work
