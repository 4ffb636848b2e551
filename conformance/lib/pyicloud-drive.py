#!/usr/bin/python3
"""Debian's pyicloud (python3-pyicloud) as an iCloud Drive peer, reusing a session icloudpd stored.

pyicloud 1.0.0 signs in only with the plaintext POST /appleauth/auth/signin that Apple retired for SRP, so it
is handed a session instead: icloudpd keeps its session file and cookie jar in the same format and place, and
pyicloud then only calls /validate before using Drive. Usage:
  pyicloud-drive.py fetch COOKIE_DIR FOLDER OUT_DIR   every file of FOLDER (top level of Drive) into OUT_DIR
  pyicloud-drive.py upload COOKIE_DIR FOLDER FILE      FILE into FOLDER
Account from FAKE_APPLE_ID / FAKE_PASSWORD.
"""
import logging
import os
import sys

from pyicloud import PyiCloudService


def folder(api, name):
    node = api.drive[name]
    if node.type != "folder":
        raise SystemExit(f"{name} is a {node.type}, not a folder")
    return node


def main():
    logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")
    command, cookies, name = sys.argv[1:4]
    api = PyiCloudService(os.environ["FAKE_APPLE_ID"], os.environ["FAKE_PASSWORD"], cookie_directory=cookies)
    if api.requires_2fa:
        raise SystemExit("pyicloud: the stored session still needs 2FA")
    if command == "fetch":
        out = sys.argv[4]
        os.makedirs(out, exist_ok=True)
        for child in folder(api, name).get_children():
            if child.type != "file":
                continue
            with open(os.path.join(out, child.name), "wb") as f:
                f.write(child.open().content)
            print(f"fetched {child.name} ({child.size} bytes)")
    elif command == "upload":
        path = sys.argv[4]
        os.chdir(os.path.dirname(os.path.abspath(path)))  # pyicloud names the upload after the path it is given
        with open(os.path.basename(path), "rb") as f:
            folder(api, name).upload(f)
        print(f"uploaded {os.path.basename(path)}")
    else:
        raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    main()
