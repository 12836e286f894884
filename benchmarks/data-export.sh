#!/usr/bin/env bash
# Export time of one customer's data (issue 20, "Download my data") with the production code: a
# fresh database tellerline_bench_export on 127.0.0.1:5432 (or BENCH_DB_URL/BENCH_DB_USER/
# BENCH_DB_PASSWORD) migrated with the schema, MESSAGES messages written for one customer, then the
# export (the server's queries, JSON document, PDF, sealing) timed three times.
# Needs the tree compiled and the bench's libraries: ./mvnw -B -o -q -pl tellerline-core,tellerline-bench -am package -DskipTests
#   usage: benchmarks/data-export.sh [MESSAGES]   (default 10000)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
MESSAGES=${1:-10000}
if [ -z "${BENCH_DB_URL:-}" ]; then
  psql -h 127.0.0.1 -U postgres -q -c "drop database if exists tellerline_bench_export" -c "create database tellerline_bench_export"
  BENCH_DB_URL="jdbc:postgresql://127.0.0.1:5432/tellerline_bench_export?reWriteBatchedInserts=true" BENCH_DB_USER=postgres BENCH_DB_PASSWORD=
fi
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -n 1); $(psql -h 127.0.0.1 -U postgres -Atc 'show server_version' 2>/dev/null | sed 's/^/PostgreSQL /'); load $(cut -d' ' -f1-3 /proc/loadavg)"
# This tree's classes before the bench's copied libraries (which hold the installed core jar).
java -Xmx512m -cp "$ROOT/tellerline-core/target/classes:$ROOT/tellerline-bench/target/classes:$ROOT/tellerline-bench/target/lib/*" \
  io.tellerline.conversation.bench.DataExportBenchmark "$BENCH_DB_URL" "$BENCH_DB_USER" "${BENCH_DB_PASSWORD:-}" "$MESSAGES"
