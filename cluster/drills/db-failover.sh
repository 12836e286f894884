#!/usr/bin/env bash
# Drill (b): the PostgreSQL primary's host dies (kill -9 of Patroni and PostgreSQL in its namespace)
# under load. Patroni promotes the synchronous standby; no acknowledged turn may be lost; turns in
# the switch must get a clean 503 problem detail with Retry-After within 5 s; back within 30 s.
# The old primary is started again at the end and rejoins as the standby.
source "$(dirname "$0")/common.sh"
require_cluster
primary=$(current_primary) || die "no primary"
for host in tl-db1 tl-db2; do [ "${HOSTS[$host]}" = "$primary" ] && OLD=$host || NEW=$host; done
start_load 100
sleep 30
say "kill -9 of everything in $OLD (the primary)"
FAULT_AT=$(now_ms)
ip netns pids "$OLD" | xargs -r kill -KILL
for _ in $(seq 1 60); do
  curl -fsS -m 1 -o /dev/null "http://${HOSTS[$NEW]}:8008/primary" 2>/dev/null && break
  sleep 0.5
done
PROMOTED=$(now_ms)
echo "promoted_after_ms=$((PROMOTED - FAULT_AT))" | tee -a "$RUN/figures.txt"
wait_load
report "$FAULT_AT"
verify || true
benchmark_line "PostgreSQL primary killed ($OLD), Patroni promotes $NEW"
"$HERE/tellerline-cluster" stage start_patroni "$OLD"
say "figures in $RUN/figures.txt; $OLD rejoins as the standby"
