#!/usr/bin/env bash
# Issue 5 privacy library on ONE core (taskset), after warm-up:
#   - PrivacyPipelineBenchmark: PII detection + tokenization of ~120-character chat messages
#     (40-message en/de mix, 30 without personal data), throughput in messages/s;
#   - FieldCipherBenchmark: AES-256-GCM encrypt/decrypt of one field, sample mode (p50/p99), with the
#     JCE (BouncyCastle provider, SunJCE) for comparison.
# Needs a built bench (no install):
#   ./mvnw -B -q -pl tellerline-bench -am package -DskipTests
#   usage: benchmarks/privacy-jmh.sh [pipeline|cipher|all] [extra JMH options, e.g. -prof gc]
#   JMH_OPTS replaces the run lengths below, e.g. JMH_OPTS='-f 1 -t 1 -wi 3 -w 5s -i 5 -r 5s'
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/tellerline-bench/target
WHAT=${1:-all}
OPTS=${JMH_OPTS:--f 1 -t 1 -wi 3 -w 3s -i 5 -r 3s}
[ $# -gt 0 ] && shift
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -n 1); pinned to CPU 0"
run() {
  taskset -c 0 java -cp "$BENCH/classes:$BENCH/lib/*" org.openjdk.jmh.Main "$@"
}
if [ "$WHAT" = pipeline ] || [ "$WHAT" = all ]; then
  # shellcheck disable=SC2086
  run PrivacyPipelineBenchmark $OPTS "$@"
fi
if [ "$WHAT" = cipher ] || [ "$WHAT" = all ]; then
  # shellcheck disable=SC2086
  run FieldCipherBenchmark $OPTS "$@"
fi
