# Both peers download a generated Photos library (every asset kind first, then a realistic mix; 320 assets, so
# listing takes several pages) from the fake, and every file they write must be byte-identical to the fake's
# (Apple's fileChecksum of the bytes), with nothing they are documented to fetch missing. Then Orchard syncs the
# same library the same way, and every file either peer wrote must be byte-identical to one Orchard keeps.
. "$CONFORMANCE_LIB/icloudpd.sh"
. "$CONFORMANCE_LIB/icloud-photos-sync.sh"
. "$CONFORMANCE_LIB/photos.sh"

originals=$CONFORMANCE_WORK/photos-originals.json
expect "the fake generated a 320-asset library" photos_generate 320 7
expect "the fake listed its originals" photos_originals "$originals"
verdict "photos: the fake serves a generated library with every kind of asset"

# icloudpd: sign in with 2FA once (--auth-only), then download originals, edits (adjusted) and RAW alternatives.
cookies=$CONFORMANCE_WORK/photos-icloudpd-cookies
dir=$CONFORMANCE_WORK/photos-icloudpd
log=$CONFORMANCE_WORK/photos-icloudpd.log
if ! icloudpd_sign_in photos-icloudpd-auth "$cookies"; then
  expect "port 8080 is free for its web UI (fixed port)" false
else
  mark=$(log_mark)
  icloudpd_download photos-icloudpd "$cookies" "$dir" --size original --size adjusted --size alternative \
    --file-match-policy name-id7
  wait_exit photos-icloudpd 300; rc=$EXIT_CODE
  expect "it finished within 300 s (got $rc)" test "$rc" != 124
  expect "its log reports no error but the over-long file name's" not eval 'grep -E "Traceback|ERROR" "$log" | grep -qv xxxxxxxxxxxxxxxxxxxx'
  expect "it listed in pages (4 or more records/query calls for about 290 visible assets at 100 a page)" \
    test "$(photos_requests_since "$mark" /records/query)" -ge 4
  expect "every file it wrote is byte-identical to the fake's and none is missing" photos_match "$originals" icloudpd "$dir"
fi
verdict "photos: icloudpd downloads the library byte for byte" "$log"

# icloud-photos-sync: sync signs in with 2FA, then downloads originals and edits of both libraries and links
# them into the album tree.
data=$CONFORMANCE_WORK/photos-icps
log=$CONFORMANCE_WORK/photos-icps.log
port=$(free_port)
mark=$(log_mark)
icps_sync photos-icps "$data" "$port"
if wait_until 30 grep -q "MFA code required" "$log"; then icps_send_code "$port" "$FAKE_MFA_CODE"; fi
wait_exit photos-icps 300; rc=$EXIT_CODE
expect "it exited 0 within 300 s (got $rc)" test "$rc" = 0
expect "it listed in pages (4 or more records/query calls)" test "$(photos_requests_since "$mark" /records/query)" -ge 4
expect "every file it wrote is byte-identical to the fake's and none is missing" \
  photos_match "$originals" icloud-photos-sync "$data/_All-Photos" "$data/_Shared-Photos"
expect "it laid out the nested album tree ('/' in names becomes '_')" \
  test -d "$data/Travel/2024/Paris_Lyon" -a -d "$data/Travel/2024/Kyōto 京都" -a -d "$data/Travel/Road trip" -a -d "$data/A_B test"
verdict "photos: icloud-photos-sync downloads the library byte for byte" "$log"

# Orchard: the same library through the same proxy route; then the peers' files against Orchard's.
library=$CONFORMANCE_WORK/photos-orchard
log=$CONFORMANCE_WORK/photos-orchard.log
orchard_photos_sync "$library" "$log"; rc=$?
expect "orchard photos sync exited 0 within 300 s (got $rc)" test "$rc" = 0
expect "every file Orchard wrote is byte-identical to the fake's and none is missing" \
  photos_match "$originals" orchard "$library"
expect "every file icloudpd wrote is byte-identical to one of Orchard's" \
  photos_same "$library" icloudpd "$CONFORMANCE_WORK/photos-icloudpd"
expect "every file icloud-photos-sync wrote is byte-identical to one of Orchard's" \
  photos_same "$library" icloud-photos-sync "$data/_All-Photos" "$data/_Shared-Photos"
verdict "photos: Orchard's originals are byte-identical to both peers' downloads" "$log"
