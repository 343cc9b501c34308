# Sourced by ./llrt and scripts/test: sets LLRT_JAVA to a `java` of version 25 or newer, or fails with a message.
# The JDK's `release` file names its version without starting a JVM (each start costs ~100 ms of every llrt run).
java_major() {
  local home release
  home="$(dirname "$(dirname "$(readlink -f "$1")")")"
  release="$home/release"
  if [ -f "$release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" | head -1
  else
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1
  fi
}

find_java25() {
  local candidates=() j v
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  for j in /usr/lib/jvm/*/bin/java; do [ -x "$j" ] && candidates+=("$j"); done
  for j in "${candidates[@]}"; do
    v="$(java_major "$j" 2>/dev/null || true)"
    if [ -n "$v" ] && [ "${v%%.*}" -ge 25 ] 2>/dev/null; then LLRT_JAVA="$j"; return 0; fi
  done
  echo "llrt: needs Java 25 or newer, and none was found in JAVA_HOME, PATH or /usr/lib/jvm." >&2
  echo "      Install one (e.g. Temurin 25 from https://adoptium.net) and set JAVA_HOME to it." >&2
  return 1
}

java_home_of() { dirname "$(dirname "$(readlink -f "$1")")"; }
