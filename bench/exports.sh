#!/usr/bin/env bash
# Times every export format on a synthetic graph (ENTITIES entities, 2 relationships each, default 100000) in an
# embedded Neo4j of its own, and reports time, bytes and throughput. The JVM (database included) gets a 384 MB heap,
# less than the larger exports, to show that they stream rather than build in memory.
# Usage: bench/exports.sh [ENTITIES]
set -euo pipefail
cd "$(dirname "$0")/.."
entities=${1:-100000}
echo "cores: $(nproc); memory: $(awk '/MemTotal/ {print int($2/1024/1024)}' /proc/meminfo) GiB"
JAVA_TOOL_OPTIONS=-Xmx384m ./mvnw -q test -Dtest=ExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dexport.bench.entities="$entities" -DtrimStackTrace=false 2>&1 | grep -E '^(generated|graph|nodes|relationships|seed)|ERROR|FAIL'
