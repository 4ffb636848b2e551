"""The photo library as the campaigns see it: the fake's bytes per checksum, Orchard's files table, the files a
user sees and whether they hold iCloud's bytes."""

import hashlib
import os
import shutil
import sqlite3

import harness as h


class Content:
    """sha256 of the fake's bytes per fileChecksum, fetched once each."""

    def __init__(self, fake):
        self.fake, self.known = fake, {}

    def sha(self, checksum):
        if checksum not in self.known:
            token = checksum.replace("+", "-").replace("/", "_")
            self.known[checksum] = hashlib.sha256(self.fake.call("GET", "/_fake/photos/content/" + token)).hexdigest()
        return self.known[checksum]


def state_rows(lib):
    """The files table, read from a copy (SQLite's journal included) so the crashed library stays as it was."""
    src = os.path.join(lib, ".orchard", "photos.db")
    if not os.path.exists(src):
        return []
    snap = os.path.join(os.path.dirname(lib), "db-at-kill")
    os.makedirs(snap, exist_ok=True)
    for suffix in ("", "-wal", "-journal", "-shm"):
        if os.path.exists(src + suffix):
            shutil.copy(src + suffix, os.path.join(snap, "photos.db" + suffix))
    db = sqlite3.connect(os.path.join(snap, "photos.db"))
    try:
        return db.execute("SELECT path, checksum, state, verified FROM files").fetchall()
    except sqlite3.DatabaseError:
        return []  # killed before the schema was committed
    finally:
        db.close()


def library_files(lib):
    """Everything a user sees: the library without Orchard's own .orchard/ folder."""
    return h.walk(lib, skip=lambda rel: rel == ".orchard" or rel.startswith(".orchard/"))


def final_files(lib, rows, content):
    """Checks the files under final names against the fake's bytes for the checksum the state records.
    Returns (problems, paths of files that are complete and right)."""
    by_path = {r[0]: r[1] for r in rows}
    problems, done = [], set()
    for rel, (kind, value) in library_files(lib).items():
        if kind != "file" or rel.startswith("Albums/"):
            continue
        checksum = by_path.get(rel)
        if checksum is None:
            problems.append("file under a final name that the state does not know: " + rel)
        elif value != content.sha(checksum):
            problems.append("file under a final name with bytes that are not iCloud's: " + rel)
        else:
            done.add(rel)
    return problems, done
