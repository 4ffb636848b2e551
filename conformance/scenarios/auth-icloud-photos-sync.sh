# icloud-photos-sync 4.0.0: the token command signs in with 2FA (code posted to its MFA API), a second run
# reuses the stored trust token without 2FA, and a wrong password is rejected.
. "$CONFORMANCE_LIB/icloud-photos-sync.sh"

data=$CONFORMANCE_WORK/icps-data
log=$CONFORMANCE_WORK/icps-2fa.log
port=$(free_port)
mark=$(log_mark)
icps_start icps-2fa "$data" "$FAKE_PASSWORD" "$port"
asked=no; accepted=no
if wait_until 30 grep -q "MFA code required" "$log"; then
  asked=yes
  icps_send_code "$port" "$FAKE_MFA_CODE" && accepted=yes
fi
wait_exit icps-2fa 30; rc=$EXIT_CODE
token=$(icps_printed_token icps-2fa)
expect "it asked for a 2FA code within 30 s" test "$asked" = yes
expect "its MFA API took the code" test "$accepted" = yes
expect "it exited 0 within 30 s (got $rc)" test "$rc" = 0
expect "it printed a trust token" test -n "$token"
expect "the printed trust token is stored in its data dir" test "$token" = "$(icps_stored_token "$data")"
expect "the fake answered 2sv/trust with 204 through the proxy" logged_since "$mark" proxy idmsa.apple.com /appleauth/auth/2sv/trust 204
verdict "icloud-photos-sync: signs in with 2FA (token command, code via POST /api/mfa)" "$log"

log=$CONFORMANCE_WORK/icps-again.log
mark=$(log_mark)
icps_start icps-again "$data" "$FAKE_PASSWORD" "$(free_port)"
wait_exit icps-again 30; rc=$EXIT_CODE
expect "it exited 0 within 30 s (got $rc)" test "$rc" = 0
expect "it did not ask for a 2FA code" not grep -q "MFA code required" "$log"
expect "it printed a trust token" test -n "$(icps_printed_token icps-again)"
expect "the fake answered signin/complete with 200 (trusted)" logged_since "$mark" proxy idmsa.apple.com /appleauth/auth/signin/complete 200
verdict "icloud-photos-sync: a second run reuses the trust token without 2FA" "$log"

log=$CONFORMANCE_WORK/icps-wrong.log
mark=$(log_mark)
icps_start icps-wrong "$CONFORMANCE_WORK/icps-wrong-data" "not-the-password" "$(free_port)"
wait_exit icps-wrong 30; rc=$EXIT_CODE
expect "it exited non-zero within 30 s (got $rc)" test "$rc" != 0 -a "$rc" != 124
expect "it reports the credentials as rejected (AUTH_UNAUTHORIZED)" grep -q "UNAUTHORIZED" "$log"
expect "it printed no trust token" test -z "$(icps_printed_token icps-wrong)"
expect "the fake answered signin/complete with 401" logged_since "$mark" proxy idmsa.apple.com /appleauth/auth/signin/complete 401
verdict "icloud-photos-sync: a wrong password is rejected" "$log"
