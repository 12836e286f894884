#!/usr/bin/env bash
# Precision and recall of the four insight detectors (issue 21) on a held-out set written by
# someone who never saw the detectors: DIR holds histories.jsonl and labels.jsonl (format in
# tellerline-bench's HeldOutSet; a three-customer sample is in
# tellerline-bench/src/test/resources/heldout-sample). Same table and matching as insights.sh.
# Needs the bench module built in this tree (no install):
#   ./mvnw -B -o -q -pl tellerline-core,tellerline-bench package -DskipTests
#   usage: benchmarks/insights-heldout.sh DIR
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/tellerline-bench/target
DIR=${1:?usage: benchmarks/insights-heldout.sh DIR}
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -n 1); load $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$BENCH/classes:$ROOT/tellerline-core/target/classes:$BENCH/lib/*" \
  io.tellerline.insight.bench.InsightHeldOutEvaluation "$DIR"
