#!/usr/bin/env bash
# Throughput of a retention run (issue 20) with the production store (JdbcRetentionStore), while a
# second connection keeps writing as a chat turn does. Uses a fresh database tellerline_retention
# on 127.0.0.1:5432 (or BENCH_DB_URL/BENCH_DB_USER/BENCH_DB_PASSWORD). Needs the bench module built
# in this tree (no install):
#   ./mvnw -B -o -q -pl tellerline-bench -am package -DskipTests
#   usage: benchmarks/retention.sh [CONVERSATIONS] [MESSAGES_EACH] [BATCH]   (default 20000 8 500)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/tellerline-bench/target
CONVERSATIONS=${1:-20000} MESSAGES=${2:-8} BATCH=${3:-500}
if [ -z "${BENCH_DB_URL:-}" ]; then
  psql -h 127.0.0.1 -U postgres -q -c "drop database if exists tellerline_retention" -c "create database tellerline_retention"
  BENCH_DB_URL="jdbc:postgresql://127.0.0.1:5432/tellerline_retention" BENCH_DB_USER=postgres BENCH_DB_PASSWORD=
fi
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -n 1); $(psql -h 127.0.0.1 -U postgres -Atc 'show server_version' 2>/dev/null | sed 's/^/PostgreSQL /'); load $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$BENCH/classes:$BENCH/lib/*" io.tellerline.privacy.infrastructure.RetentionBenchmark \
  "$BENCH_DB_URL" "$BENCH_DB_USER" "${BENCH_DB_PASSWORD:-}" "$CONVERSATIONS" "$MESSAGES" "$BATCH"
