# Archive helpers: the archive library in the fake, snapshots of its assets through the admin API, the comparison
# of what each tool moved to Recently Deleted, and Orchard's archive command (guarded: it may not exist yet).

ARCHIVE_AGE_DAYS=400
ARCHIVE_ALBUM="Wedding 2022"

skip() { echo "SKIP  $*"; }

archive_admin() { # METHOD PATH [BODY]
  curl -sf --noproxy '*' --max-time 60 -X "$1" "$FAKE_URL$2" ${3:+-d "$3"}
}

# archive_load_library: replaces the account's library with the archive library (same record names every time,
# so each tool starts from the same fake) and puts the knobs back to Apple's behaviour (strict change tags).
archive_load_library() {
  local spec=$CONFORMANCE_WORK/archive-library.json
  node "$CONFORMANCE_LIB/archive-library.js" "$ARCHIVE_AGE_DAYS" "$ARCHIVE_ALBUM" > "$spec" || return 1
  curl -sf --noproxy '*' --max-time 60 -X POST --data-binary "@$spec" "$FAKE_URL/_fake/photos/load" > /dev/null || return 1
  archive_admin DELETE /_fake/photos/hooks > /dev/null && archive_change_tags strict
}

# archive_change_tags strict|lenient: how the fake takes records/modify change tags (strict is Apple's rule).
archive_change_tags() {
  local strict=true
  [ "$1" = lenient ] && strict=false
  archive_admin POST /_fake/photos/settings "{\"strictChangeTags\": $strict}" | grep -q "\"strictChangeTags\":$strict"
}

# archive_snapshot NAME: the fake's assets and albums now, in archive-NAME-{assets,summary}.json.
archive_snapshot() {
  archive_admin GET /_fake/photos/assets > "$CONFORMANCE_WORK/archive-$1-assets.json" \
    && archive_admin GET /_fake/photos > "$CONFORMANCE_WORK/archive-$1-summary.json"
}

# archive_check MODE ARGS...: archive-check.js with snapshot names turned into files (see its usage).
archive_check() {
  local mode=$1 before=$CONFORMANCE_WORK/archive-$2-assets.json; shift 2
  case $mode in
    moved) node "$CONFORMANCE_LIB/archive-check.js" moved "$before" "$CONFORMANCE_WORK/archive-$1-assets.json" ;;
    album) node "$CONFORMANCE_LIB/archive-check.js" album "$before" "${before%-assets.json}-summary.json" "$@" ;;
    *) node "$CONFORMANCE_LIB/archive-check.js" "$mode" "$before" "$@" ;;
  esac
}

# same_list WHAT GOT WANT: the two files list the same names; otherwise notes what is missing and what is extra.
same_list() {
  if diff -q "$2" "$3" > /dev/null; then
    note "$1: $(grep -c . "$2") assets, as expected"
    return 0
  fi
  note "$1 differs from what was expected:"
  LC_ALL=C comm -13 "$2" "$3" | sed 's/^/        missing: /'
  LC_ALL=C comm -23 "$2" "$3" | sed 's/^/        extra:   /'
  return 1
}

# The moved list names at least one asset: a check that compares two empty lists proves nothing.
not_empty() { grep -q . "$1"; }

# orchard_archive_available CHECK: whether Orchard has its archive command (it exists once branch `archive` is
# merged); when not, prints SKIP for CHECK. Its help must exit 0 and be its own: without the command, `photos`
# prints its own usage and exits 0 as well.
orchard_archive_available() {
  local help
  help=$(timeout 120 "$ORCHARD_ROOT/orchard" photos archive --help 2>&1) && grep -q "orchard photos archive" <<< "$help" \
    && return 0
  skip "$1 (\`orchard photos archive --help\` does not show that command: it is not merged yet)"
  return 1
}

# orchard_with STATE_DIR LOG ARGS...: an Orchard command through the same proxy route as the peers, with its own
# state, signing in with the fake's fixed code (no terminal, no web page).
orchard_with() {
  local state=$1 log=$2; shift 2
  "${VIA_PROXY[@]}" ORCHARD_CA_FILE="$FAKE_CA_FILE" ORCHARD_STATE_DIR="$state" ORCHARD_PASSWORD="$FAKE_PASSWORD" \
    ORCHARD_CONFIG=/dev/null ORCHARD_ENV_FILE=/dev/null timeout 300 "$ORCHARD_ROOT/orchard" "$@" \
    --username "$FAKE_APPLE_ID" --mfa-code "$FAKE_MFA_CODE" --mfa-port -1 >> "$log" 2>&1 < /dev/null
}

# orchard_archive NAME ARCHIVE_ARGS...: on the freshly loaded library, `orchard photos sync` into a new library
# folder, then `orchard photos archive ARCHIVE_ARGS... --yes` with the same options. Sets ORCHARD_RC.
orchard_archive() {
  local name=$1; shift
  local library=$CONFORMANCE_WORK/$name-library state=$CONFORMANCE_WORK/$name-state log=$CONFORMANCE_WORK/$name.log
  : > "$log"
  ORCHARD_RC=0
  orchard_with "$state" "$log" photos sync --photos-dir "$library" || { ORCHARD_RC=$?; return; }
  echo "--- orchard photos archive $* --yes" >> "$log"
  orchard_with "$state" "$log" photos archive "$@" --yes --photos-dir "$library" || ORCHARD_RC=$?
}

# orchard_archive_moved NAME ARCHIVE_ARGS...: loads the archive library afresh, runs orchard_archive on it and
# writes what moved to Recently Deleted to archive-NAME-moved.txt (snapshots archive-NAME-before/-after).
orchard_archive_moved() {
  local name=$1; shift
  expect "the fake loaded the archive library" archive_load_library
  archive_snapshot "$name-before"
  orchard_archive "archive-$name" "$@"
  archive_snapshot "$name-after"
  archive_check moved "$name-before" "$name-after" > "$CONFORMANCE_WORK/archive-$name-moved.txt"
}

# icloudpd_sign_in_retrying NAME COOKIE_DIR: icloudpd_sign_in until its session holds a trust token, at most three
# times. Its web UI listens on the fixed port 8080, which another run on the same machine may hold for a while.
# (Its console prompt is no way out: 1.32.2 then fetches the trusted phones without the CA bundle and fails TLS.)
icloudpd_sign_in_retrying() {
  local try
  for try in 1 2 3; do
    icloudpd_sign_in "$1-$try" "$2" && icloudpd_session_has "$2" trust_token && return 0
    note "icloudpd sign-in attempt $try did not finish (port 8080 busy, or its web UI showed no code form)"
    wait_until 30 not port_busy 8080
  done
  return 1
}

# icps_archive NAME DATA_DIR MFA_PORT ALBUM_PATH: icloud-photos-sync's `archive` (it syncs DATA_DIR first, then
# archives the album folder there) with --remote-delete, in the background (data dir as cwd, see icps_start).
icps_archive() {
  local name=$1 data=$2 port=$3 album=$4
  mkdir -p "$data"
  start_bg "$name" "$CONFORMANCE_WORK/$name.log" env -C "$data" "${VIA_PROXY[@]}" APPLE_ID_USER="$FAKE_APPLE_ID" \
    APPLE_ID_PWD="$FAKE_PASSWORD" "$ICLOUD_PHOTOS_SYNC" -d "$data" --port "$port" --log-to-cli --log-level debug \
    --mfa-timeout 60 --remote-delete archive "$album"
}
