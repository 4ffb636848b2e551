# Sourced by Orchard's scripts: exports JAVA_HOME pointing at a JDK >= 21.
# Looks at ORCHARD_JAVA_HOME, JAVA_HOME, the javac on PATH and /usr/lib/jvm/*; if none is new enough
# and this is a Debian machine run as root, tries to install one from the distribution's packages.

orchard_java_version() { # prints the feature version of the JDK in $1, or nothing
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  # The JDK's release file says it without starting a JVM (one per candidate cost ./orchard a third of a second).
  local line v=""
  if [ -f "$1/release" ]; then
    while IFS= read -r line; do
      case "$line" in JAVA_VERSION=*) v=${line#JAVA_VERSION=}; v=${v//\"/}; break ;; esac
    done < "$1/release"
  fi
  v=${v#1.}
  case "$v" in
    [0-9]*) printf '%s\n' "${v%%[!0-9]*}"; return 0 ;;
  esac
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

orchard_find_jdk() {
  local candidates=() c v best="" best_v=0
  [ -n "${ORCHARD_JAVA_HOME:-}" ] && candidates+=("$ORCHARD_JAVA_HOME")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for c in /usr/lib/jvm/* "$HOME"/.orchard/jdk/*; do [ -d "$c" ] && candidates+=("$c"); done
  for c in "${candidates[@]}"; do
    v=$(orchard_java_version "$c")
    [ -n "$v" ] || continue
    # An explicit ORCHARD_JAVA_HOME that is new enough wins outright.
    if [ "$c" = "${ORCHARD_JAVA_HOME:-}" ] && [ "$v" -ge 21 ]; then best=$c; break; fi
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best=$c; best_v=$v; fi
  done
  printf '%s' "$best"
}

orchard_use_jdk() {
  local jdk
  jdk=$(orchard_find_jdk)
  if [ -z "$jdk" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "orchard: no JDK >= 21 found; trying to install one with apt-get" >&2
    apt-get update -qq >/dev/null 2>&1 || true
    for pkg in openjdk-25-jdk-headless openjdk-21-jdk-headless; do
      if DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null 2>&1; then break; fi
    done
    jdk=$(orchard_find_jdk)
  fi
  if [ -z "$jdk" ]; then
    echo "orchard: needs a JDK >= 21 (none found in ORCHARD_JAVA_HOME, JAVA_HOME, PATH or /usr/lib/jvm); install one and set ORCHARD_JAVA_HOME" >&2
    return 1
  fi
  export JAVA_HOME="$jdk"
  export PATH="$JAVA_HOME/bin:$PATH"
}
