#!/usr/bin/env bash
# Precision and recall of the insight detectors (issue 21) on generated histories: self-generated
# data with known labels (tellerline-bench's SyntheticCustomer plants each kind; the detectors read
# only the history). Seed 1 was used while choosing the thresholds; report the other seeds.
# Needs the bench module built in this tree (no install):
#   ./mvnw -B -o -q -pl tellerline-core,tellerline-bench package -DskipTests
#   usage: benchmarks/insights.sh [SEED] [CUSTOMERS] [TODAY]   (default 2 5000 2026-12-06)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/tellerline-bench/target
SEED=${1:-2} CUSTOMERS=${2:-5000} TODAY=${3:-2026-12-06}
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -n 1); load $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$BENCH/classes:$ROOT/tellerline-core/target/classes:$BENCH/lib/*" \
  io.tellerline.insight.bench.InsightDetectorEvaluation "$SEED" "$CUSTOMERS" "$TODAY"
