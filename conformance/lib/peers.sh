# Installs the pinned peer clients (conformance/package.json + package-lock.json) into .peers/, skipping the
# install when the lock file has not changed since the last one. `npm install` on the copied lock rather than
# `npm ci`: the registry reachable here lacks icloudpd's optional binaries for other platforms, so the lock
# cannot list them and `npm ci` refuses it as out of sync; `npm install` keeps every version the lock pins.

PEERS_DIR=${PEERS_DIR:-$ORCHARD_ROOT/.peers}
ICLOUDPD=$PEERS_DIR/node_modules/.bin/icloudpd
ICLOUD_PHOTOS_SYNC=$PEERS_DIR/node_modules/.bin/icloud-photos-sync

install_peers() {
  local lock=$ORCHARD_ROOT/conformance/package-lock.json stamp=$PEERS_DIR/.installed-lock-sha256 want
  want=$(sha256sum "$lock" | cut -d' ' -f1)
  if [ -x "$ICLOUDPD" ] && [ -x "$ICLOUD_PHOTOS_SYNC" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
    return 0
  fi
  mkdir -p "$PEERS_DIR"
  cp "$ORCHARD_ROOT/conformance/package.json" "$lock" "$PEERS_DIR/"
  # EBADENGINE (icloud-photos-sync declares node>=22; it runs on 20) and install-script notices are expected.
  (cd "$PEERS_DIR" && timeout 300 npm install --no-audit --no-fund --no-save --loglevel=error) || return 1
  [ -x "$ICLOUDPD" ] && [ -x "$ICLOUD_PHOTOS_SYNC" ] || return 1
  echo "$want" > "$stamp"
}
