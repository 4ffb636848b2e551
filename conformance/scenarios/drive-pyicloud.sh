# pyicloud (Debian's python3-pyicloud 1.0.0, an independent iCloud Drive client) against Orchard's Drive sync:
# it reads byte for byte the files `orchard drive sync` uploaded, and a file it uploads reaches Orchard's folder.
. "$CONFORMANCE_LIB/icloudpd.sh"
. "$CONFORMANCE_LIB/pyicloud.sh"

# orchard_drive_sync DIR LOG: one Drive pass through the same proxy route, signing in with the fake's fixed code.
orchard_drive_sync() {
  "${VIA_PROXY[@]}" ORCHARD_CA_FILE="$FAKE_CA_FILE" ORCHARD_STATE_DIR="$CONFORMANCE_WORK/drive-orchard-state" \
    ORCHARD_PASSWORD="$FAKE_PASSWORD" ORCHARD_CONFIG=/dev/null ORCHARD_ENV_FILE=/dev/null \
    timeout 300 "$ORCHARD_ROOT/orchard" drive sync --once --username "$FAKE_APPLE_ID" --drive-dir "$1" \
    --mfa-code "$FAKE_MFA_CODE" --mfa-port -1 >> "$2" 2>&1 < /dev/null
}

local_dir=$CONFORMANCE_WORK/drive-orchard
folder=orchard-conformance
log=$CONFORMANCE_WORK/drive-orchard.log
mkdir -p "$local_dir/$folder"
printf 'plain text from Orchard\n' > "$local_dir/$folder/notes.txt"
head -c 300000 /dev/urandom > "$local_dir/$folder/random.bin"
printf 'ünïcödé ✓\n' > "$local_dir/$folder/Café menu.txt"
orchard_drive_sync "$local_dir" "$log"; rc=$?
expect "orchard drive sync exited 0 (got $rc)" test "$rc" = 0
verdict "drive: Orchard uploads a folder of files" "$log"

cookies=$CONFORMANCE_WORK/drive-pyicloud-cookies
log=$CONFORMANCE_WORK/drive-pyicloud-auth.log
if ! pyicloud_ready; then
  expect "python3-pyicloud is installed (apt-get install python3-pyicloud as root)" false
  verdict "drive: pyicloud reads the files Orchard uploaded"
elif port_busy 8080; then
  expect "port 8080 is free for icloudpd's web UI (fixed port), which signs in for pyicloud" false
  verdict "drive: pyicloud reads the files Orchard uploaded"
else
  icloudpd_start drive-pyicloud-auth "$cookies" "$FAKE_PASSWORD" --mfa-provider webui
  if wait_until 45 icloudpd_wants_code; then icloudpd_send_code "$FAKE_MFA_CODE"; fi
  wait_exit drive-pyicloud-auth 60

  log=$CONFORMANCE_WORK/drive-pyicloud-fetch.log
  fetched=$CONFORMANCE_WORK/drive-pyicloud-files
  mark=$(log_mark)
  pyicloud_drive "$log" fetch "$cookies" "$folder" "$fetched"; rc=$?
  expect "pyicloud exited 0 (got $rc)" test "$rc" = 0
  expect "the fake answered validate with 200 (pyicloud reused the session, no sign-in)" \
    logged_since "$mark" tunnel setup.icloud.com /setup/ws/1/validate 200
  for f in notes.txt random.bin "Café menu.txt"; do
    expect "$f is byte-identical to Orchard's" cmp -s "$local_dir/$folder/$f" "$fetched/$f"
  done
  verdict "drive: pyicloud reads the files Orchard uploaded" "$log"

  log=$CONFORMANCE_WORK/drive-pyicloud-upload.log
  written=$CONFORMANCE_WORK/drive-pyicloud-upload/from-pyicloud.txt
  mkdir -p "$(dirname "$written")"
  head -c 50000 /dev/urandom | base64 > "$written"
  pyicloud_drive "$log" upload "$cookies" "$folder" "$written"; rc=$?
  expect "pyicloud exited 0 (got $rc)" test "$rc" = 0
  orchard_drive_sync "$local_dir" "$CONFORMANCE_WORK/drive-orchard.log"; rc=$?
  expect "orchard drive sync exited 0 (got $rc)" test "$rc" = 0
  expect "Orchard downloaded pyicloud's file byte for byte" cmp -s "$written" "$local_dir/$folder/from-pyicloud.txt"
  verdict "drive: a file pyicloud uploads reaches Orchard's folder" "$log"
fi
