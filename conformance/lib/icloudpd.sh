# Runs icloudpd (pinned, from .peers/) against the fake through HTTPS_PROXY. It opens CONNECT tunnels and checks
# the TLS inside them against REQUESTS_CA_BUNDLE. Judge it by its log and files: it exits 0 even when it fails.

ICLOUDPD_WEBUI=http://127.0.0.1:8080

# icloudpd_start NAME COOKIE_DIR PASSWORD [ARGS...]: `icloudpd --auth-only` in the background, log in NAME.log.
icloudpd_start() {
  local name=$1 cookies=$2 password=$3; shift 3
  mkdir -p "$cookies" "$CONFORMANCE_WORK/tmp"
  start_bg "$name" "$CONFORMANCE_WORK/$name.log" "${VIA_PROXY[@]}" REQUESTS_CA_BUNDLE="$FAKE_CA_FILE" \
    TMPDIR="$CONFORMANCE_WORK/tmp" "$ICLOUDPD" --username "$FAKE_APPLE_ID" --password "$password" \
    --password-provider parameter --cookie-directory "$cookies" --auth-only --no-progress-bar --log-level debug "$@"
}

# icloudpd_sign_in NAME COOKIE_DIR: `--auth-only` with 2FA through its web UI (fixed on port 8080), so that
# later runs with COOKIE_DIR need no code. Fails when the port is taken.
icloudpd_sign_in() {
  port_busy 8080 && return 1
  icloudpd_start "$1" "$2" "$FAKE_PASSWORD" --mfa-provider webui
  if wait_until 45 icloudpd_wants_code; then icloudpd_send_code "$FAKE_MFA_CODE"; fi
  wait_exit "$1" 60
}

# The webui (fixed on port 8080) shows its code form.
icloudpd_wants_code() {
  curl -s --noproxy '*' --max-time 2 "$ICLOUDPD_WEBUI/status" 2>/dev/null | grep -q 'name="code"'
}

icloudpd_send_code() {
  curl -s --noproxy '*' --max-time 5 -X POST -d "code=$1" "$ICLOUDPD_WEBUI/code" > /dev/null
}

# icloudpd_session_has COOKIE_DIR KEY: its session file holds a non-empty KEY (e.g. trust_token).
icloudpd_session_has() {
  local file; file="$1/$(printf '%s' "$FAKE_APPLE_ID" | tr -cd '[:alnum:]_').session"
  [ -f "$file" ] && node -e 'const d=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));
    process.exit(typeof d[process.argv[2]] === "string" && d[process.argv[2]].length > 0 ? 0 : 1)' "$file" "$2"
}
