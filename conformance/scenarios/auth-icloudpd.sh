# icloudpd 1.32.2: --auth-only signs in with 2FA (code posted to its web UI), a second run reuses the stored
# session without 2FA, and a wrong password is rejected.
. "$CONFORMANCE_LIB/icloudpd.sh"

cookies=$CONFORMANCE_WORK/icloudpd-cookies
log=$CONFORMANCE_WORK/icloudpd-2fa.log
if port_busy 8080; then
  expect "port 8080 is free for its web UI (fixed port)" false
  verdict "icloudpd: signs in with 2FA (--mfa-provider webui, code via POST /code)"
else
  mark=$(log_mark)
  icloudpd_start icloudpd-2fa "$cookies" "$FAKE_PASSWORD" --mfa-provider webui
  asked=no
  if wait_until 45 icloudpd_wants_code; then asked=yes; icloudpd_send_code "$FAKE_MFA_CODE"; fi
  wait_exit icloudpd-2fa 60; rc=$EXIT_CODE
  expect "its web UI asked for the 2FA code within 45 s" test "$asked" = yes
  expect "it exited within 60 s (got $rc)" test "$rc" != 124
  expect "its log says it authenticated" grep -q "Authentication completed successfully" "$log"
  expect "its session file holds a trust token" icloudpd_session_has "$cookies" trust_token
  expect "the fake answered 2sv/trust with 204 through the CONNECT tunnel" logged_since "$mark" tunnel idmsa.apple.com /appleauth/auth/2sv/trust 204
  expect "the fake answered accountLogin with 200 through the tunnel" logged_since "$mark" tunnel setup.icloud.com /setup/ws/1/accountLogin 200
  verdict "icloudpd: signs in with 2FA (--mfa-provider webui, code via POST /code)" "$log"
fi

log=$CONFORMANCE_WORK/icloudpd-again.log
mark=$(log_mark)
icloudpd_start icloudpd-again "$cookies" "$FAKE_PASSWORD"
wait_exit icloudpd-again 45; rc=$EXIT_CODE
expect "it exited within 45 s (got $rc)" test "$rc" != 124
expect "its log says it authenticated" grep -q "Authentication completed successfully" "$log"
expect "it did not ask for 2FA" not grep -q "Two-factor authentication is required" "$log"
expect "the fake answered validate with 200 through the tunnel" logged_since "$mark" tunnel setup.icloud.com /setup/ws/1/validate 200
verdict "icloudpd: a second run reuses the stored session without 2FA" "$log"

log=$CONFORMANCE_WORK/icloudpd-wrong.log
mark=$(log_mark)
icloudpd_start icloudpd-wrong "$CONFORMANCE_WORK/icloudpd-wrong-cookies" "not-the-password"
wait_exit icloudpd-wrong 45; rc=$EXIT_CODE
expect "it exited within 45 s (got $rc)" test "$rc" != 124
expect "its log says the password was rejected" grep -q "Invalid email/password combination" "$log"
expect "its log does not claim success" not grep -q "Authentication completed successfully" "$log"
expect "it stored no trust token" not icloudpd_session_has "$CONFORMANCE_WORK/icloudpd-wrong-cookies" trust_token
expect "the fake answered signin/complete with 401 through the tunnel" logged_since "$mark" tunnel idmsa.apple.com /appleauth/auth/signin/complete 401
verdict "icloudpd: a wrong password is rejected" "$log"
