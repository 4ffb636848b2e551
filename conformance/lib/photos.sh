# Photos helpers: a generated library in the fake, peers that download it, and the byte-for-byte comparison.

# photos_generate ASSETS SEED: replaces the fake account's library with a generated one (admin API).
photos_generate() {
  curl -sf --noproxy '*' --max-time 120 -X POST "$FAKE_URL/_fake/photos/generate" \
    -d "{\"assets\": $1, \"seed\": $2}" > "$CONFORMANCE_WORK/photos-library.json"
}

# photos_originals FILE: the fake's list of originals, alternatives, Live Photo videos and edits with checksums.
photos_originals() {
  curl -sf --noproxy '*' --max-time 60 "$FAKE_URL/_fake/photos/originals" > "$1"
}

# photos_match ORIGINALS PEER DIR...: every downloaded file is byte-identical to one of the fake's, and none is missing.
photos_match() {
  local report=$CONFORMANCE_WORK/photos-match-$2.txt
  node "$CONFORMANCE_LIB/photos-check.js" "$@" > "$report" 2>&1
  local rc=$?
  note "$(tail -n 1 "$report")"
  [ $rc -eq 0 ] || { head -n 8 "$report" | sed 's/^/        /'; return 1; }
}

# photos_same ORCHARD_LIBRARY PEER DIR...: every file the peer wrote is byte-identical to one Orchard keeps.
photos_same() {
  local report=$CONFORMANCE_WORK/photos-same-$2.txt
  node "$CONFORMANCE_LIB/photos-same.js" "$@" > "$report" 2>&1
  local rc=$?
  note "$(tail -n 1 "$report")"
  [ $rc -eq 0 ] || { head -n 8 "$report" | sed 's/^/        /'; return 1; }
}

# orchard_photos_sync LIBRARY LOG: Orchard's photos sync of the fake through the same proxy route as the peers,
# signing in with the fake's fixed code (no terminal, no web page).
orchard_photos_sync() {
  orchard_photos "$2" sync --photos-dir "$1"
}

# orchard_photos LOG COMMAND [ARGS...]: `orchard photos COMMAND` against the fake the same way, output in LOG.
orchard_photos() {
  local log=$1; shift
  "${VIA_PROXY[@]}" ORCHARD_CA_FILE="$FAKE_CA_FILE" ORCHARD_STATE_DIR="$CONFORMANCE_WORK/orchard-state" \
    ORCHARD_PASSWORD="$FAKE_PASSWORD" ORCHARD_CONFIG=/dev/null ORCHARD_ENV_FILE=/dev/null \
    timeout 300 "$ORCHARD_ROOT/orchard" photos "$@" --username "$FAKE_APPLE_ID" \
    --mfa-code "$FAKE_MFA_CODE" --mfa-port -1 > "$log" 2>&1 < /dev/null
}

# photos_requests_since MARK PATH_SUFFIX: how many requests to a path ending in PATH_SUFFIX the fake logged after MARK.
photos_requests_since() {
  tail -n +"$(($1 + 1))" "$FAKE_REQUEST_LOG" | grep -cF "$2\","
}

# icloudpd_download NAME COOKIE_DIR DIR [ARGS...]: a full download run (no --auth-only) in the background.
icloudpd_download() {
  local name=$1 cookies=$2 dir=$3; shift 3
  mkdir -p "$cookies" "$dir" "$CONFORMANCE_WORK/tmp"
  start_bg "$name" "$CONFORMANCE_WORK/$name.log" "${VIA_PROXY[@]}" REQUESTS_CA_BUNDLE="$FAKE_CA_FILE" \
    TMPDIR="$CONFORMANCE_WORK/tmp" "$ICLOUDPD" --username "$FAKE_APPLE_ID" --password "$FAKE_PASSWORD" \
    --password-provider parameter --cookie-directory "$cookies" --directory "$dir" --no-progress-bar \
    --log-level debug "$@"
}

# icps_sync NAME DATA_DIR MFA_PORT [ARGS...]: the sync command in the background (data dir as cwd, see icps_start).
icps_sync() {
  local name=$1 data=$2 port=$3; shift 3
  mkdir -p "$data"
  start_bg "$name" "$CONFORMANCE_WORK/$name.log" env -C "$data" "${VIA_PROXY[@]}" APPLE_ID_USER="$FAKE_APPLE_ID" \
    APPLE_ID_PWD="$FAKE_PASSWORD" "$ICLOUD_PHOTOS_SYNC" -d "$data" --port "$port" --log-to-cli --log-level debug \
    --mfa-timeout 60 "$@" sync
}
