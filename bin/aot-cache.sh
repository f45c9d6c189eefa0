#!/usr/bin/env bash
# Builds what the fast start needs: the packaged jar extracted into target/fast-start/ (plain jars on the class
# path instead of jars nested in one jar) and a JDK AOT cache (JEP 483/514/515: classes loaded and linked, method
# profiles) recorded by a training run that loads the seed into a throw-away database and answers one query.
# Then start with:
#   java -XX:AOTCache=target/fast-start/fintech-kg.aot -jar target/fast-start/fintech-kg.jar
# A missing or stale cache (the jar rebuilt since) is reported by the JVM, which then starts without it.
# Usage: ./mvnw -q -DskipTests package && bin/aot-cache.sh
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/fintech-kg-*.jar | grep -v plain | head -1)
. .mvn/select-jdk.sh
java="$JAVA_HOME/bin/java"
out=target/fast-start
rm -rf "$out"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$out" --application-filename fintech-kg.jar >/dev/null
data=$(mktemp -d)
port=${AOT_TRAINING_PORT:-18089}
query='{"query":"{ entity(id: \"icbc\") { name } }"}'
log="$out/training.log"
"$java" -XX:AOTCacheOutput="$out/fintech-kg.aot" -jar "$out/fintech-kg.jar" --server.port="$port" \
  --fintechkg.embedded.bolt-port=0 --fintechkg.embedded.data-dir="$data" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -sf -H 'Content-Type: application/json' -d "$query" "http://127.0.0.1:$port/graphql" | grep -q Industrial; do
  kill -0 $pid 2>/dev/null || { echo "training run exited early; see $log" >&2; exit 1; }
  sleep 0.2
done
# a restart's path too: the same query a few more times, then a normal exit, at which the JVM writes the cache
for i in 1 2 3 4 5; do curl -sf -H 'Content-Type: application/json' -d "$query" "http://127.0.0.1:$port/graphql" >/dev/null; done
kill -TERM $pid
wait $pid || true
trap - EXIT
rm -rf "$data"
[ -s "$out/fintech-kg.aot" ] || { echo "no AOT cache written; see $log" >&2; exit 1; }
echo "AOT cache: $out/fintech-kg.aot ($(du -m "$out/fintech-kg.aot" | cut -f1) MB)"
echo "start: $java -XX:AOTCache=$out/fintech-kg.aot -jar $out/fintech-kg.jar"
