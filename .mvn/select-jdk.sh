# Sourced by ./mvnw: picks a JDK 25 or newer for this project, since the machine's default java may be older.
# Order: $JAVA_HOME if it is 25+, the java on PATH if it is 25+, then the first 25+ JDK in the usual install folders.
fkg_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
fkg_is_25() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  fkg_major=$(fkg_java_major "$1/bin/java")
  [ -n "$fkg_major" ] && [ "$fkg_major" -ge 25 ]
}
fkg_selected=""
if [ -n "${JAVA_HOME-}" ] && fkg_is_25 "$JAVA_HOME"; then
  fkg_selected="$JAVA_HOME"
elif command -v javac >/dev/null 2>&1; then
  fkg_path_home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  if fkg_is_25 "$fkg_path_home"; then fkg_selected="$fkg_path_home"; fi
fi
if [ -z "$fkg_selected" ]; then
  set +f  # mvnw runs with globbing off
  for fkg_candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    if fkg_is_25 "$fkg_candidate"; then fkg_selected="$fkg_candidate"; break; fi
  done
  set -f
fi
if [ -z "$fkg_selected" ]; then
  echo "FinTech KG needs JDK 25 or newer (Neo4j 2026.x embedded needs 21+, the project is built for 25)." >&2
  echo "None found in JAVA_HOME (${JAVA_HOME:-unset}), on PATH, or under /usr/lib/jvm, /opt, ~/.sdkman, ~/.jdks." >&2
  echo "Install one (e.g. Temurin 25) and set JAVA_HOME to it, then run ./mvnw again." >&2
  exit 1
fi
JAVA_HOME="$fkg_selected"
export JAVA_HOME
