# Shared helpers of the peer conformance scripts: results, bounded waits, free ports, process cleanup.
# Sourced; expects CONFORMANCE_WORK (a scratch dir) to be set by the runner.

CONFORMANCE_RESULTS=${CONFORMANCE_RESULTS:-$CONFORMANCE_WORK/results}

pass() { echo "PASS  $*"; echo "PASS $*" >> "$CONFORMANCE_RESULTS"; }
fail() { echo "FAIL  $*"; echo "FAIL $*" >> "$CONFORMANCE_RESULTS"; }
note() { echo "      $*"; }

# One check is several conditions: `expect WHY COMMAND...` for each, then `verdict NAME [LOG]`, which prints
# PASS, or FAIL with the conditions that did not hold and the tail of LOG.
EXPECT_FAILED=()
expect() {
  local why=$1; shift
  "$@" || EXPECT_FAILED+=("$why")
}
verdict() {
  if [ "${#EXPECT_FAILED[@]}" -eq 0 ]; then
    pass "$1"
  else
    fail "$1"
    local why
    for why in "${EXPECT_FAILED[@]}"; do note "not so: $why"; done
    if [ -n "${2:-}" ] && [ -f "$2" ]; then note "last lines of $2:"; grep -v '^[[:space:]]*$' "$2" | tail -n 15 | cut -c1-240 | sed 's/^/        /'; fi
  fi
  EXPECT_FAILED=()
}
not() { ! "$@"; }

# wait_until SECONDS COMMAND...: polls COMMAND every 0.25 s; fails when SECONDS pass first.
wait_until() {
  local deadline=$((SECONDS + $1)); shift
  until "$@"; do
    [ "$SECONDS" -ge "$deadline" ] && return 1
    sleep 0.25
  done
}

# A TCP port nothing listens on right now.
free_port() {
  node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# start_bg NAME LOGFILE COMMAND...: starts COMMAND in its own process group, remembered for stop_all.
start_bg() {
  local name=$1 log=$2; shift 2
  : > "$log"
  setsid "$@" >> "$log" 2>&1 < /dev/null &
  echo "$!" > "$CONFORMANCE_WORK/$name.pid"
}

running() { local pid; pid=$(cat "$CONFORMANCE_WORK/$1.pid" 2>/dev/null) && kill -0 "$pid" 2>/dev/null; }

# wait_exit NAME SECONDS: waits for a process started in this shell to end and sets EXIT_CODE to its status
# (124 when SECONDS ran out; it is stopped then).
wait_exit() {
  local pid; pid=$(cat "$CONFORMANCE_WORK/$1.pid")
  if wait_until "$2" eval "! kill -0 $pid 2>/dev/null"; then
    wait "$pid" 2>/dev/null
    EXIT_CODE=$?
  else
    stop "$1"
    EXIT_CODE=124
  fi
}

# stop NAME: ends the process group started under NAME (only ours, by its id).
stop() {
  local pid; pid=$(cat "$CONFORMANCE_WORK/$1.pid" 2>/dev/null) || return 0
  kill -TERM -- "-$pid" 2>/dev/null || true
  wait_until 5 eval "! kill -0 $pid 2>/dev/null" || kill -KILL -- "-$pid" 2>/dev/null || true
  rm -f "$CONFORMANCE_WORK/$1.pid"
}

# stop_all [KEEP]: stops every process started here, except the one named KEEP.
stop_all() {
  local f name
  for f in "$CONFORMANCE_WORK"/*.pid; do
    [ -e "$f" ] || continue
    name=$(basename "$f" .pid)
    [ "$name" = "${1:-}" ] || stop "$name"
  done
  return 0
}
