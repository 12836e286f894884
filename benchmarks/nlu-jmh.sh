#!/usr/bin/env bash
# Latency of the full NLU pipeline (language + intent + frustration) with JMH, on ONE core
# (taskset), after warm-up. Needs a built tree: ./mvnw -DskipTests install
#   usage: benchmarks/nlu-jmh.sh [extra JMH options]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/tellerline-nlu-bench/target
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -n 1); pinned to CPU 0"
exec taskset -c 0 java -cp "$BENCH/classes:$BENCH/lib/*" org.openjdk.jmh.Main PipelineBenchmark \
  -f 1 -t 1 -wi 3 -w 10s -i 5 -r 10s "$@"
