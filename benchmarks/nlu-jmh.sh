#!/usr/bin/env bash
# Latency of the full NLU pipeline (language + intent + frustration) with JMH, on ONE core
# (taskset -c 0: the JVM, its JIT and GC threads and ONNX Runtime all share CPU 0), after warm-up.
# Needs a built tree: ./mvnw -B -q -pl tellerline-nlu,tellerline-nlu-tools,tellerline-nlu-bench -am package -DskipTests
#   usage: benchmarks/nlu-jmh.sh [stages|encoder] [extra JMH options]
#   "stages" times each stage alone (language, encoder, intent, frustration) instead; "encoder" the
#   encoder stage alone. -p encoderModel=bge-small-en-v1.5-q,all-minilm-l6-v2-q compares encoders
#   there; for the whole pipeline, -p encoder=all-minilm-l6-v2-q (or all-minilm-l6-v2-q-mean-max)
#   trains the models with that encoder in the benchmark's setup (about a minute) instead of loading
#   the shipped ones.
#   JMH_RUN overrides the run length (default: 1 fork, 3 x 10 s warm-up, 5 x 10 s measurement);
#   JAVA the java binary (e.g. JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java).
# Other load on CPU 0 shows up in the tail: the load average is printed before and after.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/tellerline-nlu-bench/target
WHAT='PipelineBenchmark.analyseOneMessage$'
if [[ "${1:-}" == stages ]]; then
  WHAT=StageBenchmark
  shift
elif [[ "${1:-}" == encoder ]]; then
  WHAT='StageBenchmark.encoder$'
  shift
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $("${JAVA:-java}" -version 2>&1 | head -n 1); pinned to CPU 0"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086 # JMH_RUN is a list of options
taskset -c 0 "${JAVA:-java}" -cp "$BENCH/classes:$BENCH/lib/*" org.openjdk.jmh.Main "$WHAT" -t 1 \
  ${JMH_RUN:--f 1 -wi 3 -w 10s -i 5 -r 10s} "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
