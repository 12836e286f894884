#!/usr/bin/env bash
# What the audit completeness watch costs as the log grows: the full check (the compliance
# verification's) against the bounded check the minute watch makes on every instance. Uses a fresh
# database tellerline_bench on 127.0.0.1:5432 (or BENCH_DB_URL/BENCH_DB_USER/BENCH_DB_PASSWORD).
# Needs a built tree:
#   ./mvnw -B -DskipTests install
#   usage: benchmarks/audit-completeness.sh [EVENTS] [RATE] [RUNS]   (default 1000000 400 5)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/tellerline-bench/target
EVENTS=${1:-1000000} RATE=${2:-400} RUNS=${3:-5}
if [ -z "${BENCH_DB_URL:-}" ]; then
  psql -h 127.0.0.1 -U postgres -q -c "drop database if exists tellerline_bench" -c "create database tellerline_bench"
  BENCH_DB_URL="jdbc:postgresql://127.0.0.1:5432/tellerline_bench" BENCH_DB_USER=postgres BENCH_DB_PASSWORD=
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -n 1); $(psql -h 127.0.0.1 -U postgres -Atc 'show server_version' 2>/dev/null | sed 's/^/PostgreSQL /'); load $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$BENCH/classes:$BENCH/lib/*" io.tellerline.audit.bench.AuditCompletenessBenchmark \
  "$BENCH_DB_URL" "$BENCH_DB_USER" "${BENCH_DB_PASSWORD:-}" "$EVENTS" "$RATE" "$RUNS"
