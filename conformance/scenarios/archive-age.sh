# Archiving by age (issue 10 §5). icloudpd 1.32.2's `--keep-icloud-recent-days N` downloads the library and moves to
# Recently Deleted every listed asset whose capture date is N or more whole days ago (photos.md 9.3): favourites
# too, but never hidden ones, ones already deleted, or the Shared Library (it lists PrimarySync). It sends each
# asset's current change tag, so it runs against the fake's default strict tags. Then Orchard's
# `--older-than 400d` on the same library freshly loaded must move the same assets except the favourites, which
# Orchard's archive keeps in iCloud. Judged by the fake's records.
. "$CONFORMANCE_LIB/icloudpd.sh"
. "$CONFORMANCE_LIB/photos.sh"
. "$CONFORMANCE_LIB/archive.sh"

cookies=$CONFORMANCE_WORK/archive-icloudpd-cookies
dir=$CONFORMANCE_WORK/archive-icloudpd
log=$CONFORMANCE_WORK/archive-icloudpd.log
want=$CONFORMANCE_WORK/archive-age-expected.txt
got=$CONFORMANCE_WORK/archive-icloudpd-moved.txt
expect "the fake loaded the archive library" archive_load_library
archive_snapshot icloudpd-before
archive_check age icloudpd-before "$ARCHIVE_AGE_DAYS" > "$want"
if ! icloudpd_sign_in_retrying archive-icloudpd-auth "$cookies"; then
  expect "it signed in with 2FA through its web UI (--auth-only) and kept a trust token" false
  log=$CONFORMANCE_WORK/archive-icloudpd-auth-3.log
else
  mark=$(log_mark)
  icloudpd_download archive-icloudpd "$cookies" "$dir" --keep-icloud-recent-days "$ARCHIVE_AGE_DAYS"
  wait_exit archive-icloudpd 300; rc=$EXIT_CODE
  archive_snapshot icloudpd-after
  archive_check moved icloudpd-before icloudpd-after > "$got"
  expect "it finished within 300 s (got $rc)" test "$rc" != 124
  expect "its log reports no error" not grep -qE "Traceback|ERROR" "$log"
  expect "it deleted one asset per records/modify" \
    test "$(photos_requests_since "$mark" /records/modify)" -eq "$(grep -c . "$got")"
  expect "the library holds old assets to move (the expectation is not empty)" not_empty "$want"
  expect "it moved exactly the assets $ARCHIVE_AGE_DAYS days old or older" same_list "moved" "$got" "$want"
fi
verdict "archive: icloudpd --keep-icloud-recent-days $ARCHIVE_AGE_DAYS moves exactly the old assets" "$log"

log=$CONFORMANCE_WORK/archive-orchard-age.log
if orchard_archive_available "archive: Orchard's archive by age"; then
  orchard_archive_moved orchard-age --older-than "${ARCHIVE_AGE_DAYS}d"
  archive_check age orchard-age-before "$ARCHIVE_AGE_DAYS" keep-favourites > "$CONFORMANCE_WORK/archive-age-expected-orchard.txt"
  archive_check non-favourites orchard-age-before "$got" > "$CONFORMANCE_WORK/archive-icloudpd-moved-non-favourites.txt"
  expect "orchard photos sync and archive exited 0 (got $ORCHARD_RC)" test "$ORCHARD_RC" = 0
  expect "it moved exactly the old non-favourites" same_list "moved" \
    "$CONFORMANCE_WORK/archive-orchard-age-moved.txt" "$CONFORMANCE_WORK/archive-age-expected-orchard.txt"
  expect "it moved what icloudpd moved, favourites aside" same_list "moved (against icloudpd, favourites aside)" \
    "$CONFORMANCE_WORK/archive-orchard-age-moved.txt" "$CONFORMANCE_WORK/archive-icloudpd-moved-non-favourites.txt"
  verdict "archive: Orchard's archive by age moves what icloudpd moves, favourites aside" "$log"
fi
