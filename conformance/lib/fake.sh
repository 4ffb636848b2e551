# Starts and stops the fake iCloud (./orchard fake-icloud) for the scenarios.
# After start_fake: FAKE_URL, FAKE_PROXY (http://127.0.0.1:PORT), FAKE_CA_FILE, FAKE_REQUEST_LOG, FAKE_OUT.

FAKE_APPLE_ID=${FAKE_APPLE_ID:-conformance@example.com}
FAKE_PASSWORD=${FAKE_PASSWORD:-conformance-Pa55word}
FAKE_MFA_CODE=${FAKE_MFA_CODE:-123456}

start_fake() {
  FAKE_CA_FILE=$CONFORMANCE_WORK/fake-ca.pem
  FAKE_REQUEST_LOG=$CONFORMANCE_WORK/fake-requests.jsonl
  FAKE_OUT=$CONFORMANCE_WORK/fake.out
  start_bg fake "$FAKE_OUT" "$ORCHARD_ROOT/orchard" fake-icloud --port 0 --proxy-port 0 --ca-file "$FAKE_CA_FILE" \
    --account "$FAKE_APPLE_ID" --password "$FAKE_PASSWORD" --mfa device --mfa-code "$FAKE_MFA_CODE" \
    --request-log "$FAKE_REQUEST_LOG" "$@"
  if ! wait_until 60 grep -q '^  https proxy:' "$FAKE_OUT"; then
    echo "conformance: the fake did not start within 60 s; its output:" >&2
    cat "$FAKE_OUT" >&2
    return 1
  fi
  FAKE_URL=$(sed -n 's/^  endpoint: *//p' "$FAKE_OUT")
  FAKE_PROXY=$(sed -n 's/^  https proxy: *//p' "$FAKE_OUT")
  [ -s "$FAKE_CA_FILE" ] || { echo "conformance: the fake wrote no CA file" >&2; return 1; }

  # Prefix for peer commands: only the proxy route to the fake, no other proxy settings from the environment.
  VIA_PROXY=(env -u http_proxy -u HTTP_PROXY -u all_proxy -u ALL_PROXY -u no_proxy -u NO_PROXY
    HTTPS_PROXY="$FAKE_PROXY" https_proxy="$FAKE_PROXY" NO_COLOR=1 FORCE_COLOR=0)
}

# The number of requests the fake has logged so far; pass it to logged_since.
log_mark() { wc -l < "$FAKE_REQUEST_LOG"; }

# logged_since MARK ROUTE HOST PATH STATUS: whether the fake logged such a request after MARK.
# ROUTE is proxy (absolute-URI in clear) or tunnel (CONNECT + TLS).
logged_since() {
  tail -n +"$(($1 + 1))" "$FAKE_REQUEST_LOG" | grep -F "\"via\":\"$2\"" | grep -F "\"host\":\"$3\"" \
    | grep -F "\"path\":\"$4\"" | grep -qF "\"status\":$5,"
}
