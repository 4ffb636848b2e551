# The adopt scenarios: Orchard adopts a tree a peer downloaded from the fake, then syncs and verifies.

# adopt_and_sync PEER TREE LIBRARY: records the tree's checksums, runs `orchard photos adopt TREE`, then
# `orchard photos sync` and `orchard photos verify` on LIBRARY, and states the checks (call verdict after).
adopt_and_sync() {
  local peer=$1 tree=$2 library=$3 sums=$CONFORMANCE_WORK/adopt-$1-tree.sums
  local log=$CONFORMANCE_WORK/adopt-$1.log
  node "$CONFORMANCE_LIB/adopt-check.js" checksums "$tree" > "$sums"
  expect "the peer's tree holds files" test -s "$sums"
  orchard_photos "$log" adopt "$tree" --photos-dir "$library"; local rc=$?
  expect "orchard photos adopt exited 0 (got $rc)" test "$rc" = 0
  note "$(grep -E '^(Adopted|  Not downloaded again)' "$log" | tr '\n' ' ')"
  expect "it adopted files" grep -qE '^Adopted [1-9]' "$log"
  local mark; mark=$(log_mark)
  orchard_photos_sync "$library" "$CONFORMANCE_WORK/adopt-$1-sync.log"; rc=$?
  expect "orchard photos sync exited 0 (got $rc)" test "$rc" = 0
  local report=$CONFORMANCE_WORK/adopt-$1-downloads.txt
  node "$CONFORMANCE_LIB/adopt-check.js" downloads "$sums" "$FAKE_REQUEST_LOG" "$mark" "$peer" \
    "$CONFORMANCE_WORK/adopt-originals.json" > "$report" 2>&1; rc=$?
  note "$(tail -n 1 "$report")"
  expect "the sync downloaded no file the tree held" test "$rc" = 0
  orchard_photos "$CONFORMANCE_WORK/adopt-$1-verify.log" verify --photos-dir "$library"; rc=$?
  note "$(grep -E '^Verified' "$CONFORMANCE_WORK/adopt-$1-verify.log")"
  expect "orchard photos verify passed (got $rc)" test "$rc" = 0
  expect "every file Orchard keeps is byte-identical to the fake's and none is missing" \
    photos_match "$CONFORMANCE_WORK/adopt-originals.json" orchard "$library"
}
