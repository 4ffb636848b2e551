# pyicloud 1.0.0 from Debian (python3-pyicloud) as an iCloud Drive peer; see pyicloud-drive.py for how it signs in.

PYICLOUD_DRIVE=$CONFORMANCE_LIB/pyicloud-drive.py

# pyicloud_ready: the Debian package is installed (installed here when running as root, as ./run-tests does).
pyicloud_ready() {
  /usr/bin/python3 -c 'import pyicloud' 2> /dev/null && return 0
  [ "$(id -u)" = 0 ] || return 1
  timeout 300 apt-get install -y -q python3-pyicloud > "$CONFORMANCE_WORK/apt-pyicloud.log" 2>&1 \
    || { apt-get update -q > /dev/null 2>&1 && timeout 300 apt-get install -y -q python3-pyicloud >> "$CONFORMANCE_WORK/apt-pyicloud.log" 2>&1; }
  /usr/bin/python3 -c 'import pyicloud' 2> /dev/null
}

# pyicloud_drive LOG COMMAND COOKIE_DIR ARGS...: one run through the fake's proxy route (CONNECT tunnels).
pyicloud_drive() {
  local log=$1; shift
  "${VIA_PROXY[@]}" REQUESTS_CA_BUNDLE="$FAKE_CA_FILE" FAKE_APPLE_ID="$FAKE_APPLE_ID" FAKE_PASSWORD="$FAKE_PASSWORD" \
    timeout 120 /usr/bin/python3 "$PYICLOUD_DRIVE" "$@" > "$log" 2>&1 < /dev/null
}
