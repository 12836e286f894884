#!/usr/bin/env bash
# Offline verification of a large export (target: 1,000,000 events in <= 10 s): generates a
# genuine bundle, then times the stand-alone verifier jar on it. Needs a built tree:
#   ./mvnw -B -DskipTests install
#   usage: benchmarks/audit-verify.sh [EVENTS]   (default 1000000)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
EVENTS=${1:-1000000}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
BENCH=$ROOT/tellerline-bench/target
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -n 1); load $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s.%N)
java -cp "$BENCH/classes:$BENCH/lib/*" io.tellerline.audit.bench.AuditBundleGenerator "$WORK/export.zip" "$EVENTS"
echo "generated $EVENTS events in $(echo "$(date +%s.%N) - $start" | bc) s: $(du -h "$WORK/export.zip" | cut -f1)"
start=$(date +%s.%N)
java -jar "$ROOT/tellerline-audit-verifier/target/tellerline-audit-verifier.jar" verify "$WORK/export.zip" \
  --public-key "$WORK/export.zip.pub"
echo "verifier wall clock: $(echo "$(date +%s.%N) - $start" | bc) s"
