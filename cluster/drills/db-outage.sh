#!/usr/bin/env bash
# Drill (c): PostgreSQL unreachable from the application for 60 s under load, by iptables in the
# instances' namespaces: `drop` (a partition: packets vanish, the default) or `reject` (connection
# refused). Clean 503s within 5 s, readiness DOWN, recovery within 10 s of the return, no manual step.
source "$(dirname "$0")/common.sh"
MODE=${1:-drop}
SECONDS_AWAY=${2:-60}
case "$MODE" in
  drop) TARGET=(-j DROP) ;;
  reject) TARGET=(-j REJECT --reject-with tcp-reset) ;;
  *) die "mode: drop or reject" ;;
esac
require_cluster
# The instance whose readiness is watched: the first one that is ready now.
for PROBED in tl-app1 tl-app2 tl-app3; do
  curl -fsS -m 3 -o /dev/null "http://${HOSTS[$PROBED]}:8080/health/ready" 2>/dev/null && break
done
rules() { # -A or -D
  local app
  for app in tl-app1 tl-app2 tl-app3; do
    ip netns exec "$app" iptables "$1" OUTPUT -p tcp -d "${HOSTS[tl-db1]},${HOSTS[tl-db2]}" --dport 5432 "${TARGET[@]}"
  done
}
trap 'rules -D 2>/dev/null || true' EXIT
start_load 150
sleep 30
say "database unreachable ($MODE) for ${SECONDS_AWAY}s"
FAULT_AT=$(now_ms)
rules -A
ready_down=-1
while [ $(( $(now_ms) - FAULT_AT )) -lt $((SECONDS_AWAY * 1000)) ]; do
  if [ "$ready_down" = -1 ] && [ "$(curl -s -m 4 -o /dev/null -w '%{http_code}' "http://${HOSTS[$PROBED]}:8080/health/ready")" = 503 ]; then
    ready_down=$(( $(now_ms) - FAULT_AT ))
  fi
  sleep 0.5
done
rules -D
trap - EXIT
FAULT_END=$(now_ms)
say "database reachable again"
ready_up=-1
for _ in $(seq 1 60); do
  if [ "$(curl -s -m 4 -o /dev/null -w '%{http_code}' "http://${HOSTS[$PROBED]}:8080/health/ready")" = 200 ]; then
    ready_up=$(( $(now_ms) - FAULT_END ))
    break
  fi
  sleep 0.5
done
echo "readiness_down_after_ms=$ready_down readiness_up_after_return_ms=$ready_up" | tee -a "$RUN/figures.txt"
sleep 20
touch "$RUN/stop"
wait_load
report "$FAULT_AT" "$FAULT_END"
verify || true
benchmark_line "PostgreSQL unreachable for ${SECONDS_AWAY} s ($MODE, iptables in the instances' namespaces)"
