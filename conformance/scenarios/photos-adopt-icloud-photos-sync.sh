# icloud-photos-sync downloads a generated library (_All-Photos and _Shared-Photos named by checksum, album folders
# of links); `orchard photos adopt` takes that tree in by checksum, and the sync that follows downloads none of its
# files again; `orchard photos verify` passes (issue 15 §3).
. "$CONFORMANCE_LIB/icloud-photos-sync.sh"
. "$CONFORMANCE_LIB/photos.sh"
. "$CONFORMANCE_LIB/adopt.sh"

expect "the fake generated a 120-asset library" photos_generate 120 16
expect "the fake listed its originals" photos_originals "$CONFORMANCE_WORK/adopt-originals.json"
data=$CONFORMANCE_WORK/adopt-icps-tree
log=$CONFORMANCE_WORK/adopt-icps-download.log
port=$(free_port)
icps_sync adopt-icps-download "$data" "$port"
if wait_until 30 grep -q "MFA code required" "$log"; then icps_send_code "$port" "$FAKE_MFA_CODE"; fi
wait_exit adopt-icps-download 300; rc=$EXIT_CODE
expect "icloud-photos-sync exited 0 within 300 s (got $rc)" test "$rc" = 0
expect "every file it wrote is byte-identical to the fake's" \
  photos_match "$CONFORMANCE_WORK/adopt-originals.json" icloud-photos-sync "$data/_All-Photos" "$data/_Shared-Photos"
adopt_and_sync icloud-photos-sync "$data" "$CONFORMANCE_WORK/adopt-icps-orchard"
verdict "photos adopt: after adopting icloud-photos-sync's tree, orchard photos sync downloads none of its files" \
  "$CONFORMANCE_WORK/adopt-icloud-photos-sync.log"
