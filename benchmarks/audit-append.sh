#!/usr/bin/env bash
# Sustained append rate of the tamper-evident audit log on PostgreSQL (target >= 10,000 events/s):
# producers write events as the application does (synchronous commit kept) while the production
# sequencer turns them into Merkle leaves. Uses a fresh database tellerline_bench on
# 127.0.0.1:5432 (or BENCH_DB_URL/BENCH_DB_USER/BENCH_DB_PASSWORD). Needs a built tree:
#   ./mvnw -B -DskipTests install
#   usage: benchmarks/audit-append.sh [EVENTS] [PRODUCERS] [BATCH]   (default 200000 4 100)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/tellerline-bench/target
EVENTS=${1:-200000} PRODUCERS=${2:-4} BATCH=${3:-100}
if [ -z "${BENCH_DB_URL:-}" ]; then
  psql -h 127.0.0.1 -U postgres -q -c "drop database if exists tellerline_bench" -c "create database tellerline_bench"
  BENCH_DB_URL="jdbc:postgresql://127.0.0.1:5432/tellerline_bench?reWriteBatchedInserts=true" BENCH_DB_USER=postgres BENCH_DB_PASSWORD=
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -n 1); $(psql -h 127.0.0.1 -U postgres -Atc 'show server_version' 2>/dev/null | sed 's/^/PostgreSQL /'); synchronous_commit=$(psql -h 127.0.0.1 -U postgres -Atc 'show synchronous_commit' 2>/dev/null); load $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$BENCH/classes:$BENCH/lib/*" io.tellerline.audit.bench.AuditAppendBenchmark \
  "$BENCH_DB_URL" "$BENCH_DB_USER" "${BENCH_DB_PASSWORD:-}" "$EVENTS" "$PRODUCERS" "$BATCH"
