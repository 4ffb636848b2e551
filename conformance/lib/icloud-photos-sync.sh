# Runs icloud-photos-sync (pinned, from .peers/) against the fake through HTTPS_PROXY. axios sends
# absolute-URI requests to the proxy in clear text, so no CA is involved. It must run with its data dir as
# the working directory, or 4.0.0 forgets its trust token (peer-clients.md §8.5).

# icps_start NAME DATA_DIR PASSWORD MFA_PORT [ARGS...]: the `token` command in the background, log in NAME.log.
icps_start() {
  local name=$1 data=$2 password=$3 port=$4; shift 4
  mkdir -p "$data"
  start_bg "$name" "$CONFORMANCE_WORK/$name.log" env -C "$data" "${VIA_PROXY[@]}" APPLE_ID_USER="$FAKE_APPLE_ID" \
    APPLE_ID_PWD="$password" "$ICLOUD_PHOTOS_SYNC" -d "$data" --port "$port" --log-to-cli --log-level debug \
    --mfa-timeout 60 "$@" token
}

icps_send_code() { # PORT CODE
  curl -s --noproxy '*' --max-time 5 -X POST "http://127.0.0.1:$1/api/mfa?code=$2" | grep -q "Read MFA code"
}

# The trust token the token command printed (the line after "Validated token:"), or nothing.
icps_printed_token() {
  sed -n '/^Validated token:/{n;p;q}' "$CONFORMANCE_WORK/$1.log"
}

# icps_stored_token DATA_DIR: the trust token in its resource file, or nothing.
icps_stored_token() {
  node -e 'try { const d=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")); console.log(d.trustToken || "") }
    catch (e) {}' "$1/.icloud-photos-sync"
}
