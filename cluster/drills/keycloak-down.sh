#!/usr/bin/env bash
# Drill (d): Keycloak down under load. Signed-in customers keep working (the application verifies
# tokens with the keys it has cached); new sign-ins fail (counted by a probe every 2 s); Keycloak
# comes back and sign-ins work again without restarting anything else.
source "$(dirname "$0")/common.sh"
DOWN_FOR=${1:-45}
require_cluster
# The load ends 15 s after Keycloak answers again (its restart alone takes minutes on a busy machine).
start_load 600 2
sleep 30
say "Keycloak down (kill -9) for ${DOWN_FOR}s"
FAULT_AT=$(now_ms)
ip netns pids tl-kc | xargs -r kill -KILL
sleep "$DOWN_FOR"
FAULT_END=$(now_ms)
say "Keycloak starting again"
"$HERE/tellerline-cluster" stage start_keycloak >"$RUN/keycloak-restart.log" 2>&1 || true
BACK=$(now_ms)
echo "keycloak_down_ms=$((FAULT_END - FAULT_AT)) keycloak_restart_ms=$((BACK - FAULT_END))" | tee -a "$RUN/figures.txt"
sleep 15
touch "$RUN/stop"
wait_load
# Sign-ins are "during" the fault until Keycloak answered again.
report "$FAULT_AT" "$BACK"
verify || true
benchmark_line "Keycloak killed for ${DOWN_FOR} s and started again"
