# Sourced (POSIX sh) by ./orchard and by the .deb's /usr/bin/orchard and postinst: the JVM options Orchard runs
# with, sized for a small NAS, and its start-up cache. Measured in bench/RESULTS.md ("JVM start-up and memory").
#
# - Start-up cache: on JDK >= 25 an AOT cache (JEP 483/514/515: classes loaded and linked, lambdas resolved and
#   method profiles, from a training run), before that a dynamic class-data archive. orchard_jvm_train makes
#   it from a short run against a small fake iCloud. The JVM checks the cache against the jar and the JDK and
#   ignores a stale or damaged one (a class-data archive is then rewritten at exit); it is never an error.
# - The serial collector: no GC threads, the smallest native footprint.
# - A heap that starts small with a fixed young generation: short-lived buffers (listing pages, download
#   chunks) die young instead of being promoted and growing the old generation.
# - The fake iCloud holds whole generated libraries in memory: it keeps the JVM's default heap, and no cache.

# orchard_jvm_cache_file JAVA_HOME BASE: the cache file for this JDK (BASE-jdkVERSION.aot or .jsa).
orchard_jvm_cache_file() {
  _oj_version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release" 2>/dev/null)
  case "$_oj_version" in
    "" | 1.* | 1[0-9] | 1[0-9].* | 2[0-4] | 2[0-4].*) echo "$2-jdk$_oj_version.jsa" ;;
    *) echo "$2-jdk$_oj_version.aot" ;;
  esac
}

# orchard_jvm_options CACHE ARGS...: sets ORCHARD_JVM_OPTS (space-separated, so CACHE must hold no whitespace;
# with whitespace, an empty CACHE or ORCHARD_JVM_CACHE=off there is none). An AOT cache is used only if present.
# The caller sets orchard_jvm_lib to the folder of this file and jit-directives.json (without it, or with whitespace
# in it, every command gets the service's JIT options).
orchard_jvm_options() {
  _oj_cache=$1
  shift
  # The serial collector fills its old generation up to the cap before it collects it; the app's heap governor collects
  # sooner (app.memory.HeapGovernor), so the heap follows what a command holds and the cap is a ceiling: a photo sync
  # holds 15-40 MB whatever the library's size (bench/RESULTS.md). Native heap trimmed every second (glibc keeps what
  # the JIT freed).
  # A short run (a scheduled sync that finds nothing new) fits a 16 MB start with an 8 MB young generation: 94 MiB
  # peak against 101 with 24/16, at the same CPU, and an initial sync of 2,000 is no slower (bench/RESULTS.md).
  _oj_heap="-Xms16m -Xmn8m" _oj_max=-Xmx128m
  # A Drive pass holds the base, the local scan and iCloud's listing whole (about 2.3 KB per item, bench/RESULTS.md,
  # perf-drive): 128 MB would run out from about 50,000 items. Drive commands and the daemon that runs them may grow to
  # a quarter of the machine's memory; the daemon collects after each job, so idle it shrinks back (MaxHeapFreeRatio).
  for _oj_arg in "$@"; do
    case "$_oj_arg" in drive | run) _oj_heap="-Xms24m -Xmn16m" _oj_max="-XX:MaxRAMPercentage=25" ;; esac
  done
  # A full collection hands back what is free beyond MaxHeapFreeRatio at once, not in steps over several (the app's heap
  # governor collects when the heap has grown well past what it holds: app.memory.HeapGovernor).
  ORCHARD_JVM_OPTS="-XX:+UseSerialGC $_oj_heap $_oj_max -XX:MaxHeapFreeRatio=40 -XX:MinHeapFreeRatio=10 -XX:-ShrinkHeapInSteps"
  ORCHARD_JVM_OPTS="$ORCHARD_JVM_OPTS -XX:TrimNativeHeapInterval=1000"
  for _oj_arg in "$@"; do
    [ "$_oj_arg" = fake-icloud ] && { ORCHARD_JVM_OPTS="-XX:+UseSerialGC"; return 0; }
  done
  # C2 compiles a few huge methods (class-file spinning, DecimalFormat, the planner's layout) in 15-19 MB arenas;
  # above 8 MB it gives up and the method stays compiled by C1. MemLimit needs JDK >= 22 (older ones print an error
  # on stdout): an .aot cache name means JDK >= 25.
  # CompileCommand=quiet first: each CompileCommand after it is applied without a line on stdout.
  ORCHARD_JVM_OPTS="$ORCHARD_JVM_OPTS -XX:CompileCommand=quiet"
  case "$_oj_cache" in *.aot) ORCHARD_JVM_OPTS="$ORCHARD_JVM_OPTS -XX:CompileCommand=MemLimit,*.*,8m" ;; esac
  # glibc gives each thread that allocates natively (SQLite, the JIT) an arena of its own; two are plenty.
  MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
  export MALLOC_ARENA_MAX
  # The JDK's crypto (TLS records, SHA checksums) is compiled ten times sooner than usual: only C2, the optimising
  # compiler, has its intrinsics (AES-GCM 6x and SHA-1 7x faster than under C1), and a long download needs them early.
  ORCHARD_JVM_OPTS="$ORCHARD_JVM_OPTS -XX:CompileCommand=CompileThresholdScaling,com.sun.crypto.provider.*::*,0.1"
  ORCHARD_JVM_OPTS="$ORCHARD_JVM_OPTS -XX:CompileCommand=CompileThresholdScaling,sun.security.provider.*::*,0.1"
  # A command that ends (a scheduled sync, a login) keeps C2 for that crypto alone (jit-directives.json): the rest is
  # compiled by C1 only, as C2 would spend more CPU optimising it than a run of minutes gets back (an initial sync of
  # 2,000 photos: about 2 s less user CPU, bench/RESULTS.md). The service (`run`) lives long enough for C2 to pay off
  # and keeps it for everything. The directives file must exist (the JVM exits without a word otherwise);
  # -DisplayVMOutput keeps its "directives added" line off the output.
  _oj_directives=${orchard_jvm_lib:-}/jit-directives.json
  case " $* " in
    *" run "*) _oj_directives="" ;;
  esac
  case "$_oj_directives" in *[[:space:]]*) _oj_directives="" ;; esac
  # C2 waits ten times longer than usual before it takes a method (the crypto, scaled by 0.1 above, at the usual
  # thresholds): sooner, a scheduled sync that finds nothing new spends its CPU optimising TLS set-up code it runs once.
  ORCHARD_JVM_OPTS="$ORCHARD_JVM_OPTS -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000"
  ORCHARD_JVM_OPTS="$ORCHARD_JVM_OPTS -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"
  if [ -n "${orchard_jvm_lib:-}" ] && [ -n "$_oj_directives" ] && [ -f "$_oj_directives" ]; then
    ORCHARD_JVM_OPTS="$ORCHARD_JVM_OPTS -XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput -XX:CompilerDirectivesFile=$_oj_directives"
  fi
  [ "${ORCHARD_JVM_CACHE:-}" = off ] && return 0
  case "$_oj_cache" in
    "" | *[[:space:]]*) ;;
    *.aot) [ -f "$_oj_cache" ] && ORCHARD_JVM_OPTS="$ORCHARD_JVM_OPTS -XX:AOTCache=$_oj_cache -Xlog:aot=off,cds=off" ;;
    *) ORCHARD_JVM_OPTS="$ORCHARD_JVM_OPTS -XX:SharedArchiveFile=$_oj_cache -XX:+AutoCreateSharedArchive -Xlog:cds=off,cds+dynamic=off" ;;
  esac
  return 0
}

# orchard_jvm_train JAVA_HOME JAR CACHE: writes CACHE (see orchard_jvm_cache_file) from a training run: a fake
# iCloud with a small library in its own process, a sign-in and an initial photo sync, then the recorded run, a
# photo sync that finds nothing new (what a schedule repeats; a cache of the initial sync's classes is bigger and
# every cached class is loaded at start), all over TLS through the fake's proxy, as a real sync talks to Apple.
# Best effort: on failure it returns 1 and leaves
# CACHE as it was, and what the fake and the runs printed in CACHE.log. Takes about half a minute (most of it
# the JVM assembling the cache after the run).
orchard_jvm_train() {
  _oj_java="$1/bin/java" _oj_jar=$2 _oj_out=$3
  _oj_dir=$(mktemp -d 2>/dev/null) || return 1
  "$_oj_java" -XX:+UseSerialGC -jar "$_oj_jar" fake-icloud --port 0 --proxy-port 0 --assets 60 --mfa none \
    --ca-file "$_oj_dir/ca.pem" > "$_oj_dir/fake.log" 2>&1 &
  _oj_fake=$!
  _oj_ok=1 _oj_i=0
  while [ $_oj_i -lt 720 ] && ! grep -q '^  https proxy:' "$_oj_dir/fake.log" 2>/dev/null; do
    kill -0 $_oj_fake 2>/dev/null || break
    sleep 0.25; _oj_i=$((_oj_i + 1))
  done
  _oj_proxy=$(sed -n 's/^  https proxy: *//p' "$_oj_dir/fake.log")
  orchard_jvm_options "" photos sync
  case "$_oj_out" in
    *.aot) _oj_record="-XX:AOTCacheOutput=$_oj_dir/cache -Xlog:aot=off,cds=off" ;;
    *) _oj_record="-XX:ArchiveClassesAtExit=$_oj_dir/cache -Xlog:cds=off,cds+dynamic=off" ;;
  esac
  if [ -n "$_oj_proxy" ]; then
    # The recorded run is the second sync, which finds nothing new: the run a schedule repeats all day.
    for _oj_cmd in login "photos sync" "photos sync again"; do
      _oj_rec=""
      [ "$_oj_cmd" = "photos sync again" ] && { _oj_rec=$_oj_record; _oj_cmd="photos sync"; }
      # shellcheck disable=SC2086 # word splitting of the options and of "photos sync" is meant
      env -u ORCHARD_ICLOUD_ENDPOINT -u http_proxy -u HTTP_PROXY -u all_proxy -u ALL_PROXY -u no_proxy -u NO_PROXY \
        HOME="$_oj_dir" HTTPS_PROXY="$_oj_proxy" ORCHARD_CA_FILE="$_oj_dir/ca.pem" ORCHARD_CONFIG=/dev/null \
        ORCHARD_ENV_FILE=/dev/null ORCHARD_USERNAME=demo@example.com ORCHARD_PASSWORD=orchard-demo-password \
        ORCHARD_STATE_DIR="$_oj_dir/state" ORCHARD_PHOTOS_DIR="$_oj_dir/photos" ORCHARD_MFA_PORT=-1 LC_ALL=C.UTF-8 \
        "$_oj_java" $ORCHARD_JVM_OPTS $_oj_rec -jar "$_oj_jar" $_oj_cmd >> "$_oj_dir/train.log" 2>&1 < /dev/null \
        || { _oj_ok=0; break; }
    done
  else
    _oj_ok=0
  fi
  kill $_oj_fake 2>/dev/null
  wait $_oj_fake 2>/dev/null
  if [ $_oj_ok = 1 ] && [ -s "$_oj_dir/cache" ] && mv -f "$_oj_dir/cache" "$_oj_out.tmp$$" 2>/dev/null; then
    mv -f "$_oj_out.tmp$$" "$_oj_out" && { rm -rf "$_oj_dir" "$_oj_out.log"; return 0; }
    rm -f "$_oj_out.tmp$$"
  fi
  cat "$_oj_dir/fake.log" "$_oj_dir/train.log" > "$_oj_out.log" 2>/dev/null
  rm -rf "$_oj_dir"
  return 1
}
