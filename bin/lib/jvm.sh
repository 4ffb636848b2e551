# Sourced (POSIX sh) by ./orchard and by the .deb's /usr/bin/orchard: the JVM options Orchard runs with, sized
# for a small NAS. Measured in bench/RESULTS.md ("JVM start-up and memory", bench/jvm/run).
#
# orchard_jvm_options JAVA_HOME ARCHIVE ARGS...: sets ORCHARD_JVM_OPTS (space-separated, so ARCHIVE must hold no
# whitespace; with whitespace, or an empty ARCHIVE, there is no class-data archive).
#
# - A dynamic class-data archive (JDK >= 19): the first run writes ARCHIVE at exit, every later run maps the
#   classes instead of loading and verifying them again. The JVM checks the archive against the jar and the
#   JDK; a stale, foreign or damaged archive is ignored and rewritten at that run's exit, never an error.
# - The serial collector: no GC threads, the smallest native footprint.
# - A fixed young generation: short-lived buffers (listing pages, download chunks) die young instead of being
#   promoted and growing the old generation; the heap starts small and grows only with what Orchard holds.
# - The fake iCloud holds whole generated libraries in memory, so it keeps the JVM's default heap.
orchard_jvm_options() {
  _oj_home=$1 _oj_archive=$2
  shift 2
  _oj_fake=""
  for _oj_arg in "$@"; do [ "$_oj_arg" = fake-icloud ] && _oj_fake=1; done
  if [ -z "$_oj_fake" ]; then
    ORCHARD_JVM_OPTS="-XX:+UseSerialGC -Xms24m -Xmn16m -Xmx256m -XX:MaxHeapFreeRatio=40 -XX:MinHeapFreeRatio=10"
  else
    ORCHARD_JVM_OPTS="-XX:+UseSerialGC"
  fi
  case "$_oj_archive" in
    "" | *[[:space:]]*) ;;
    *) ORCHARD_JVM_OPTS="$ORCHARD_JVM_OPTS -XX:SharedArchiveFile=$_oj_archive -XX:+AutoCreateSharedArchive -Xlog:cds=off,cds+dynamic=off" ;;
  esac
}
