#!/usr/bin/env bash
# What a candidate in shadow costs the NLU step of a customer's turn (issue 19): median analyse()
# time of the conversation stories' messages without and with shadow scoring on another thread.
# Needs the bench module built in this tree:
#   ./mvnw -B -o -q -pl tellerline-bench -am package -DskipTests
#   usage: benchmarks/shadow-overhead.sh [PAUSE_MILLIS]   (default 100: a pause between messages)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/tellerline-bench/target
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -n 1); load $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$BENCH/classes:$BENCH/lib/*" io.tellerline.training.bench.ShadowOverheadBenchmark "${1:-100}"
