#!/usr/bin/env bash
# Runs the benchmark harness (issue #7, load test of #5) against the packaged service on the embedded database.
#   bench/run.sh floor [DATA_DIR]     GraphQL vs hand-written Cypher over Bolt, question by question (2 clients)
#   bench/run.sh load  [DATA_DIR]     32 clients for 60 s on the mix, twice in a row, with heap/RSS of the service
#   bench/run.sh all   [DATA_DIR]     both
#   bench/run.sh cached [DATA_DIR]    each question as POST, as GET (200) and as a GET revalidation (If-None-Match: 304)
#   bench/run.sh scale DATA_DIR       two services at once, one on the seed and one on DATA_DIR (a large graph), the
#                                     same questions to both in turn, GraphQL only (RAW=1: raw Cypher on both too):
#                                     how cost grows with the graph, independent of the host's speed at the moment
#                                     (LARGE_HEAP, default 4g)
#   bench/run.sh paths [DATA_DIR]     both read paths side by side: the embedded service, a second service of the
#                                     same jar reading the first one's database over Bolt through its driver
#                                     (embedded off, seed never; HTTP PORT+2), and raw Cypher over the same Bolt,
#                                     each question to all three in turn (4 clients by default)
# DATA_DIR: an existing database directory (e.g. one filled by `java -jar app.jar generate`); default: a fresh
# directory, so the service loads the seed. Options pass through env: CLIENTS, SECONDS, WARMUP, HEAP (default 2g),
# LABEL, SKIP_BUILD=1, ONLY=lookup,search, IN_PROCESS=false (the service reads through its driver, as it does
# against a Neo4j server, instead of in-process), PAGE_CACHE=2GB (embedded page cache, default 256MB).
# Results: stdout, and appended to target/bench/results.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
data=${2:-}
large=
if [ "$what" = scale ]; then large=$data; data=; fi
. .mvn/select-jdk.sh
set +f
java="$JAVA_HOME/bin/java"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -q -Pbench -DskipTests package
  ./mvnw -q -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
  # a copy, so that rebuilding the project during a long run does not pull classes from under it
  stage=target/bench/app-$(date +%s)
  mkdir -p $stage
  cp "$(ls target/fintech-kg-*.jar | grep -v plain | head -1)" $stage/app.jar
  cp -r target/test-classes $stage/test-classes
  ln -sfn "$(basename $stage)" target/bench/app
fi
jar=target/bench/app/app.jar
cp="target/bench/app/test-classes:$(cat target/bench/classpath.txt)"
port=${PORT:-18080}
bolt=${BOLT_PORT:-17687}
fresh=0
if [ -z "$data" ]; then data=$(mktemp -d); fresh=1; fi
label=${LABEL:-$(basename "$data")}
if [ $fresh = 1 ]; then
  # The seed load is one transaction; on a busy machine it can pass the 5 s default transaction timeout.
  "$java" -jar "$jar" seed load --fintechkg.embedded.data-dir="$data" --fintechkg.embedded.bolt-port=0 \
    --fintechkg.embedded.transaction-timeout=120s --logging.level.root=warn >target/bench/seed.log 2>&1 \
    || { cat target/bench/seed.log; exit 1; }
fi

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $("$java" -version 2>&1 | head -1)"
echo "uptime: $(uptime)"
# start_service DATA_DIR HTTP_PORT BOLT_PORT HEAP LOG: starts the jar in the background, sets $started_pid
start_service() {
  "$java" -Xms$4 -Xmx$4 -jar "$jar" --server.port=$2 --fintechkg.embedded.bolt-port=$3 \
    --fintechkg.embedded.data-dir="$1" --fintechkg.embedded.transaction-timeout=${TX_TIMEOUT:-30s} \
    --fintechkg.embedded.in-process-reads=${IN_PROCESS:-true} --fintechkg.embedded.page-cache=${PAGE_CACHE:-256MB} \
    --logging.level.root=warn >"$5" 2>&1 &
  started_pid=$!
}
# await_service HTTP_PORT PID LOG HEAP: waits for the first answer and reports start-up time and RSS
await_service() {
  local start
  start=$(date +%s%N)
  until curl -sf -H 'Content-Type: application/json' -d '{"query":"{ entity(id: \"icbc\") { id } }"}' \
      "http://127.0.0.1:$1/graphql" | grep -q icbc; do
    kill -0 $2 2>/dev/null || { echo "service exited"; cat "$3"; exit 1; }
    sleep 0.2
  done
  echo "service up after $(( ($(date +%s%N) - start) / 1000000 )) ms, RSS $(awk '/VmRSS/ {print int($2/1024)}' /proc/$2/status) MB (pid $2, heap $4)"
}

pid=
large_pid=
driver_pid=
cleanup() {
  local rc=$?
  kill $pid $large_pid $driver_pid 2>/dev/null || true
  wait $pid $large_pid $driver_pid 2>/dev/null || true
  if [ $fresh = 1 ]; then rm -rf "$data"; fi
  exit $rc
}
trap cleanup EXIT
if [ "$what" = scale ]; then
  [ -n "$large" ] || { echo "bench/run.sh scale needs the large graph's DATA_DIR"; exit 2; }
  start_service "$large" $((port + 1)) $((bolt + 1)) ${LARGE_HEAP:-4g} target/bench/service-large.log
  large_pid=$started_pid
  await_service $((port + 1)) $large_pid target/bench/service-large.log ${LARGE_HEAP:-4g}
fi
start_service "$data" $port $bolt ${HEAP:-2g} target/bench/service.log
pid=$started_pid
await_service $port $pid target/bench/service.log ${HEAP:-2g}
if [ "$what" = paths ]; then
  # the driver path: the same jar without its embedded database, reading the first service's database over Bolt
  "$java" -Xms${HEAP:-2g} -Xmx${HEAP:-2g} -jar "$jar" --server.port=$((port + 2)) \
    --fintechkg.embedded.enabled=false --fintechkg.seed.mode=never --spring.neo4j.uri=bolt://localhost:$bolt \
    --logging.level.root=warn >target/bench/service-driver.log 2>&1 &
  driver_pid=$!
  await_service $((port + 2)) $driver_pid target/bench/service-driver.log ${HEAP:-2g}
fi

driver() {
  "$java" -cp "$cp" com.fintechkg.kg.bench.LoadDriver --graphql=http://127.0.0.1:$port/graphql \
    --bolt=bolt://127.0.0.1:$bolt --pid=$pid --label="$label" ${ONLY:+--only=$ONLY} "$@"
}
status=0
if [ "$what" = floor ] || [ "$what" = all ]; then
  driver --mode=floor --clients=${CLIENTS:-2} --seconds=${SECONDS_PER_QUESTION:-20} --warmup=${WARMUP:-5} || status=1
fi
if [ "$what" = load ] || [ "$what" = all ]; then
  for run in 1 2; do
    echo "--- load run $run"
    driver --mode=load --clients=${LOAD_CLIENTS:-32} --seconds=${LOAD_SECONDS:-60} --warmup=${WARMUP:-10} \
      --label="$label run $run" || status=1
  done
fi
if [ "$what" = cached ]; then
  driver --mode=cached --clients=${CLIENTS:-2} --seconds=${SECONDS_PER_QUESTION:-20} --warmup=${WARMUP:-5} || status=1
fi
if [ "$what" = scale ]; then
  driver --mode=scale --clients=${CLIENTS:-2} --seconds=${SECONDS_PER_QUESTION:-20} --warmup=${WARMUP:-5} \
    --large-graphql=http://127.0.0.1:$((port + 1))/graphql --large-bolt=bolt://127.0.0.1:$((bolt + 1)) \
    --raw=$([ "${RAW:-0}" = 1 ] && echo true || echo false) || status=1
fi
if [ "$what" = paths ]; then
  driver --mode=paths --clients=${CLIENTS:-4} --seconds=${SECONDS_PER_QUESTION:-20} --warmup=${WARMUP:-5} \
    --driver-graphql=http://127.0.0.1:$((port + 2))/graphql || status=1
fi
echo "uptime: $(uptime)"
exit $status
