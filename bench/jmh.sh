#!/usr/bin/env bash
# JMH micro-benchmarks of the in-process request steps (src/bench/java/.../RequestPipelineBenchmark.java) and of
# one lookup on each read path (ReadPathBenchmark: in-process vs the driver over Bolt, same embedded database).
# Short runs by default (1 fork, 3 x 2 s warm-up, 5 x 2 s measurement); JMH options given replace them, e.g.
#   bench/jmh.sh -f 1 -wi 2 -w 1s -i 3 -r 1s -p question=lookup,nested3,neighborhood2
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/select-jdk.sh
set +f
./mvnw -q -Pbench -DskipTests test-compile
./mvnw -q -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
echo "uptime: $(uptime)"
if [ $# -eq 0 ]; then set -- -f 1 -wi 3 -w 2s -i 5 -r 2s; fi
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" org.openjdk.jmh.Main \
  "$@" ${BENCHMARKS:-'RequestPipelineBenchmark|ReadPathBenchmark'}
echo "uptime: $(uptime)"
