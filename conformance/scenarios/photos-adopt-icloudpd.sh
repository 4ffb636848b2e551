# icloudpd downloads a generated library (date folders, size-suffixed duplicate names, _HEVC.MOV Live Photo videos,
# -adjusted edits, RAW alternatives); `orchard photos adopt` takes that tree in by checksum, and the sync that
# follows downloads none of its files again; `orchard photos verify` passes (issue 15 §3).
. "$CONFORMANCE_LIB/icloudpd.sh"
. "$CONFORMANCE_LIB/photos.sh"
. "$CONFORMANCE_LIB/adopt.sh"

expect "the fake generated a 120-asset library" photos_generate 120 15
expect "the fake listed its originals" photos_originals "$CONFORMANCE_WORK/adopt-originals.json"
cookies=$CONFORMANCE_WORK/adopt-icloudpd-cookies
tree=$CONFORMANCE_WORK/adopt-icloudpd-tree
log=$CONFORMANCE_WORK/adopt-icloudpd-download.log
if ! icloudpd_sign_in adopt-icloudpd-auth "$cookies"; then
  expect "port 8080 is free for its web UI (fixed port)" false
else
  icloudpd_download adopt-icloudpd-download "$cookies" "$tree" --size original --size adjusted --size alternative
  wait_exit adopt-icloudpd-download 300; rc=$EXIT_CODE
  expect "icloudpd finished within 300 s (got $rc)" test "$rc" != 124
  expect "every file icloudpd wrote is byte-identical to the fake's" \
    photos_match "$CONFORMANCE_WORK/adopt-originals.json" icloudpd "$tree"
  adopt_and_sync icloudpd "$tree" "$CONFORMANCE_WORK/adopt-icloudpd-orchard"
fi
verdict "photos adopt: after adopting icloudpd's tree, orchard photos sync downloads none of its files" "$CONFORMANCE_WORK/adopt-icloudpd.log"
