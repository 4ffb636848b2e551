# Archiving an album (issue 10 §5). icloud-photos-sync 4.0.0's own `archive <album path> --remote-delete` syncs its
# library folder, turns the album's links into files, then sends one atomic records/modify with its hard-coded
# change tag "21h2" for the album's non-favourites (photos.md 9.3). Against the fake's default strict change tags
# that request is refused; with lenient tags (the knob for such peers) it must move exactly the album's
# non-favourites to Recently Deleted: old and recent, edited or not, never a favourite. Then Orchard's archive of
# the same album, on the same library freshly loaded, must move the same assets. Judged by the fake's records.
. "$CONFORMANCE_LIB/icloud-photos-sync.sh"
. "$CONFORMANCE_LIB/photos.sh"
. "$CONFORMANCE_LIB/archive.sh"

# icps_archive_run NAME: a fresh data dir, sign-in with 2FA, archive of the album; sets RC.
icps_archive_run() {
  local data=$CONFORMANCE_WORK/$1 port; port=$(free_port)
  icps_archive "$1" "$data" "$port" "$data/$ARCHIVE_ALBUM"
  if wait_until 60 grep -q "MFA code required" "$CONFORMANCE_WORK/$1.log"; then icps_send_code "$port" "$FAKE_MFA_CODE"; fi
  wait_exit "$1" 300; RC=$EXIT_CODE
}

# 1. Strict change tags, as Apple's CloudKit rule: the fixed tag gets CONFLICT and nothing leaves iCloud.
log=$CONFORMANCE_WORK/archive-icps-strict.log
expect "the fake loaded the archive library" archive_load_library
archive_snapshot icps-strict-before
mark=$(log_mark)
icps_archive_run archive-icps-strict
archive_snapshot icps-strict-after
archive_check moved icps-strict-before icps-strict-after > "$CONFORMANCE_WORK/archive-icps-strict-moved.txt"
expect "it finished within 300 s (got $RC)" test "$RC" != 124
expect "it asked the fake to delete (a records/modify)" test "$(photos_requests_since "$mark" /records/modify)" -ge 1
expect "nothing left iCloud" not not_empty "$CONFORMANCE_WORK/archive-icps-strict-moved.txt"
verdict "archive: the fake's default strict change tags refuse icloud-photos-sync's fixed tag" "$log"

# 2. Lenient change tags: exactly the album's non-favourites move.
log=$CONFORMANCE_WORK/archive-icps.log
want=$CONFORMANCE_WORK/archive-album-expected.txt
got=$CONFORMANCE_WORK/archive-icps-moved.txt
expect "the fake loaded the archive library" archive_load_library
expect "the fake took lenient change tags" archive_change_tags lenient
archive_snapshot icps-before
archive_check album icps-before "$ARCHIVE_ALBUM" > "$want"
icps_archive_run archive-icps
archive_snapshot icps-after
archive_check moved icps-before icps-after > "$got"
archive_change_tags strict
expect "it exited 0 within 300 s (got $RC)" test "$RC" = 0
expect "it logged the remote delete" grep -q "Deleting .* assets" "$log"
expect "the album holds non-favourites to move (the expectation is not empty)" not_empty "$want"
expect "it moved exactly the album's non-favourites to Recently Deleted" same_list "moved" "$got" "$want"
verdict "archive: icloud-photos-sync's archive --remote-delete moves exactly the album's non-favourites" "$log"

# 3. Orchard, the same album on the same library (strict tags: Orchard sends the current ones).
log=$CONFORMANCE_WORK/archive-orchard-album.log
if orchard_archive_available "archive: Orchard's archive of the album"; then
  orchard_archive_moved orchard-album "$ARCHIVE_ALBUM"
  expect "orchard photos sync and archive exited 0 (got $ORCHARD_RC)" test "$ORCHARD_RC" = 0
  expect "it moved exactly the album's non-favourites" same_list "moved" "$CONFORMANCE_WORK/archive-orchard-album-moved.txt" "$want"
  expect "it moved the same assets as icloud-photos-sync" same_list "moved (against icloud-photos-sync)" \
    "$CONFORMANCE_WORK/archive-orchard-album-moved.txt" "$got"
  verdict "archive: Orchard's archive of the album moves the same assets as icloud-photos-sync" "$log"
fi
