#!/usr/bin/env bash
# Export of a large audit log from PostgreSQL (target: 1,000,000 events in <= 60 s, bounded
# memory): fills a fresh database tellerline_bench through benchmarks/audit-append.sh, exports the
# whole log with the production code in a JVM limited to a 128 MiB heap, then checks the bundle
# with the stand-alone verifier. Needs a built tree: ./mvnw -B -DskipTests install
#   usage: benchmarks/audit-export.sh [EVENTS]   (default 1000000)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/tellerline-bench/target
EVENTS=${1:-1000000}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$ROOT/benchmarks/audit-append.sh" "$EVENTS" 4 500
URL="jdbc:postgresql://127.0.0.1:5432/tellerline_bench?reWriteBatchedInserts=true"
java -Xmx128m -cp "$BENCH/classes:$BENCH/lib/*" io.tellerline.audit.bench.AuditExportBenchmark \
  "$URL" postgres "" "$WORK/export.zip"
java -jar "$ROOT/tellerline-audit-verifier/target/tellerline-audit-verifier.jar" verify \
  "$WORK/export.zip" --public-key "$WORK/export.zip.pub"
