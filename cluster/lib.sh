# Shared by cluster/tellerline-cluster and cluster/drills/*.sh: the topology's names and addresses,
# and how processes are started inside a namespace and tracked by pid files in $STATE.
# shellcheck shell=bash

BRIDGE=tlbr0
NET=10.78.0
declare -A HOSTS=(
  [tl-lb]=$NET.5
  [tl-app1]=$NET.11 [tl-app2]=$NET.12 [tl-app3]=$NET.13
  [tl-etcd]=$NET.20
  [tl-db1]=$NET.21 [tl-db2]=$NET.22
  [tl-kc]=$NET.30
)
APP_URL=http://${HOSTS[tl-lb]}
KEYCLOAK_URL=http://${HOSTS[tl-kc]}:8080
# Both database hosts; the driver picks the one that is primary now (and again after a failover).
DB_URL="jdbc:postgresql://${HOSTS[tl-db1]}:5432,${HOSTS[tl-db2]}:5432/tellerline?targetServerType=primary"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'tellerline-cluster: %s\n' "$*" >&2; exit 1; }

# start_in NAMESPACE NAME LOG COMMAND...: runs COMMAND in NAMESPACE, detached, pid in $STATE/NAME.pid.
start_in() {
  local ns=$1 name=$2 log=$3
  shift 3
  if [ -f "$STATE/$name.pid" ] && kill -0 "$(cat "$STATE/$name.pid")" 2>/dev/null; then
    return 0
  fi
  setsid ip netns exec "$ns" "$@" >"$log" 2>&1 </dev/null &
  echo $! >"$STATE/$name.pid"
}

# stop_tracked NAME [SIGNAL]: ends the process group started by start_in (TERM, then KILL after 20 s).
stop_tracked() {
  local name=$1 pid
  [ -f "$STATE/$name.pid" ] || return 0
  pid=$(cat "$STATE/$name.pid")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$STATE/$name.pid"
}

# The pid of the java (or other) process itself inside the group started for NAME.
tracked_pid() { cat "$STATE/$1.pid" 2>/dev/null; }

# wait_until SECONDS WHAT COMMAND...: polls COMMAND once a second.
wait_until() {
  local seconds=$1 what=$2
  shift 2
  for ((i = 0; i < seconds; i++)); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 1
  done
  die "$what was not ready within ${seconds}s (logs in $STATE)"
}

lb_servers_up_count() {
  curl -s -m 3 "http://${HOSTS[tl-lb]}:7000/;csv" 2>/dev/null | awk -F, '$1=="app" && $2 ~ /^app[0-9]$/ && $18=="UP"' | wc -l
}
lb_servers_up() { [ "$(lb_servers_up_count)" -ge "$1" ]; }
