#!/usr/bin/env bash
# Measures the packaged jar's cold start: wall time from `java -jar` to the first answered GraphQL query,
# the JVM's resident memory right after, and the jar's size. Runs on a fresh data directory (seed load
# included) and then again on the same directory (no seed load).
# Usage: ./mvnw -q package -DskipTests && bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=$(ls target/fintech-kg-*.jar | grep -v plain | head -1)
. .mvn/select-jdk.sh
java="$JAVA_HOME/bin/java"
port=18080
query='{"query":"{ entity(id: \"icbc\") { name } }"}'
echo "jar: $jar ($(du -m "$jar" | cut -f1) MB); java: $("$java" -version 2>&1 | head -1); cores: $(nproc)"
measure() {
  local data=$1 label=$2
  local start=$(date +%s%N)
  "$java" -jar "$jar" --server.port=$port --fintechkg.embedded.bolt-port=0 --fintechkg.embedded.data-dir="$data" >/tmp/fkg-startup.log 2>&1 &
  local pid=$!
  until curl -sf -H 'Content-Type: application/json' -d "$query" "http://127.0.0.1:$port/graphql" | grep -q Industrial; do
    kill -0 $pid 2>/dev/null || { echo "jar exited"; cat /tmp/fkg-startup.log; exit 1; }
    sleep 0.1
  done
  local end=$(date +%s%N)
  local rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  printf '%-22s first answer after %5d ms, RSS %4d MB\n' "$label" $(( (end-start)/1000000 )) "$rss"
  kill $pid; wait $pid 2>/dev/null || true
}
for i in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  measure "$data" "cold (seed load) #$i"
  measure "$data" "restart (no load) #$i"
  rm -rf "$data"
done
