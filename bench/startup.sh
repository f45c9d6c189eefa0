#!/usr/bin/env bash
# Measures the cold start: wall time from `java` to the first answered GraphQL query, the CPU time the JVM used
# until then, its resident memory right after, and the jar's size. Each round starts on a fresh data directory (seed
# load included) and then again on the same directory (no seed load: the database holds the seed's checksum), once
# with the plain `java -jar` and, when bin/aot-cache.sh has built target/fast-start/, once with the extracted jar and
# its AOT cache. Rounds interleave the variants; the medians come last, with the load average before and after.
# Usage: ./mvnw -q package -DskipTests && [bin/aot-cache.sh &&] bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=$(ls target/fintech-kg-*.jar | grep -v plain | head -1)
fast=target/fast-start
. .mvn/select-jdk.sh
java="$JAVA_HOME/bin/java"
port=18080
query='{"query":"{ entity(id: \"icbc\") { name } }"}'
results=$(mktemp)
echo "jar: $jar ($(du -m "$jar" | cut -f1) MB); java: $("$java" -version 2>&1 | head -1); cores: $(nproc)"
echo "load before: $(uptime | sed 's/.*load average: //')"
measure() {
  local label=$1; shift
  local data=$1; shift
  local start=$(date +%s%N)
  "$java" "$@" --server.port=$port --fintechkg.embedded.bolt-port=0 --fintechkg.embedded.data-dir="$data" >/tmp/fkg-startup.log 2>&1 &
  local pid=$!
  until curl -sf -H 'Content-Type: application/json' -d "$query" "http://127.0.0.1:$port/graphql" | grep -q Industrial; do
    kill -0 $pid 2>/dev/null || { echo "jar exited"; cat /tmp/fkg-startup.log; exit 1; }
    sleep 0.05
  done
  local end=$(date +%s%N)
  local rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  local cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14+$15)*1000/hz)}' /proc/$pid/stat)
  local wall=$(( (end-start)/1000000 ))
  printf '%-28s first answer after %6d ms (CPU %6d ms), RSS %4d MB\n' "$label" $wall $cpu "$rss"
  echo "$label $wall $cpu $rss" >> "$results"
  kill $pid; wait $pid 2>/dev/null || true
}
variants=("jar")
[ -s "$fast/fintech-kg.aot" ] && variants+=("aot-cache")
for i in $(seq 1 "$runs"); do
  for variant in "${variants[@]}"; do
    data=$(mktemp -d)
    if [ "$variant" = jar ]; then args=(-jar "$jar"); else args=(-XX:AOTCache="$fast/fintech-kg.aot" -jar "$fast/fintech-kg.jar"); fi
    measure "$variant first start" "$data" "${args[@]}"
    measure "$variant restart" "$data" "${args[@]}"
    rm -rf "$data"
  done
done
echo "load after: $(uptime | sed 's/.*load average: //')"
echo "medians of $runs:"
for variant in "${variants[@]}"; do
  for kind in "first start" "restart"; do
    line=$(grep "^$variant $kind " "$results" | awk '{print $(NF-2), $(NF-1), $NF}')
    median() { echo "$line" | cut -d' ' -f"$1" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
    printf '  %-22s %6d ms (CPU %6d ms), RSS %4d MB\n' "$variant $kind" "$(median 1)" "$(median 2)" "$(median 3)"
  done
done
rm -f "$results"
