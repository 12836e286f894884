#!/usr/bin/env bash
# Drill (a): kill -9 one Payara Micro instance while customers chat through HAProxy. Every
# acknowledged turn must have its message, reply and audit event afterwards, the audit log must
# verify, and customers must get answers again within 5 s. The killed instance is started again at
# the end (it takes minutes to be ready on a busy machine; `status` shows when).
source "$(dirname "$0")/common.sh"
VICTIM=${1:-tl-app2}
require_cluster
start_load 90
sleep 30
say "kill -9 $VICTIM (pid $(tracked_pid "$VICTIM"))"
FAULT_AT=$(now_ms)
kill -KILL "$(tracked_pid "$VICTIM")"
wait_load
report "$FAULT_AT"
verify || true
benchmark_line "kill -9 of one of three Payara Micro instances ($VICTIM)"
"$HERE/tellerline-cluster" stage start_app "$VICTIM"
say "figures in $RUN/figures.txt; $VICTIM is starting again"
