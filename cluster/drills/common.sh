# Shared by the fault drills: the load, the figures and the line in BENCHMARKS.md.
# shellcheck shell=bash
set -euo pipefail
DRILLS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
HERE=$(cd "$DRILLS/.." && pwd)
ROOT=$(cd "$HERE/.." && pwd)
STATE=${TELLERLINE_CLUSTER_STATE:-$HERE/.state}
# shellcheck source=cluster/lib.sh
source "$HERE/lib.sh"

# One customer per demo login (alice, bastian, chloe), as in every recorded run, so that the figures
# compare. (Two sessions of one customer once waited on her usage-limit row; since session 15 the
# counters no longer hold it through a turn.)
CUSTOMERS=${DRILL_CUSTOMERS:-3}
RUN=$STATE/drills/$(basename "$0" .sh)-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$RUN"

now_ms() { date +%s%3N; }

require_cluster() {
  lb_servers_up 1 || die "the cluster is not up: cluster/tellerline-cluster up"
  # An instance restarted by an earlier drill may still be starting.
  wait_until 420 "${DRILL_INSTANCES:-3} ready instances behind HAProxy" lb_servers_up "${DRILL_INSTANCES:-3}"
  mkdir -p "$STATE/drills/classes"
  javac -d "$STATE/drills/classes" "$DRILLS/ChatLoad.java"
}

# start_load SECONDS [SIGN_IN_PROBE_SECONDS]: the customers chat through HAProxy in the background.
start_load() {
  LOAD_STARTED=$(now_ms)
  java -cp "$STATE/drills/classes" ChatLoad run "$APP_URL" "$KEYCLOAK_URL/realms/tellerline" "$CUSTOMERS" "$1" "$RUN" "${2:-0}" \
    >"$RUN/load.log" 2>&1 &
  LOAD_PID=$!
}

wait_load() { wait "$LOAD_PID"; cat "$RUN/load.log"; }

# The WAR's own classes and libraries: the verification runs the application's audit check.
verify_classpath() {
  local war=$STATE/war m2=$HOME/.m2/repository
  if [ ! -d "$war" ] || [ "$ROOT/tellerline-micro/target/tellerline.war" -nt "$war" ]; then
    rm -rf "$war" && mkdir -p "$war" && (cd "$war" && unzip -q "$ROOT/tellerline-micro/target/tellerline.war" 'WEB-INF/lib/*')
  fi
  echo "$war/WEB-INF/lib/*:$m2/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar:$m2/org/eclipse/parsson/parsson/1.1.7/parsson-1.1.7.jar"
}

# report FAULT_AT_MS [FAULT_END_MS]; verify: figures into $RUN/figures.txt
report() {
  echo "fault_at_s=$((($1 - LOAD_STARTED) / 1000)) (from the start of the load)" | tee -a "$RUN/figures.txt"
  java -cp "$STATE/drills/classes" ChatLoad report "$RUN" "$@" | tee -a "$RUN/figures.txt"
}

verify() {
  local primary
  primary=$(current_primary)
  java -cp "$STATE/drills/classes:$(verify_classpath)" ChatLoad verify "$RUN" \
    "jdbc:postgresql://$primary:5432/tellerline" postgres | tail -n 20 | tee -a "$RUN/figures.txt"
}

current_primary() {
  local host
  for host in tl-db1 tl-db2; do
    if curl -fsS -m 2 -o /dev/null "http://${HOSTS[$host]}:8008/primary" 2>/dev/null; then
      echo "${HOSTS[$host]}"
      return 0
    fi
  done
  return 1
}

# benchmark_line TITLE: appends the drill's figures to BENCHMARKS.md (section "Cluster fault drills").
benchmark_line() {
  local figures
  figures=$(grep -v '^LOST' "$RUN/figures.txt" | tr '\n' ' ' | sed 's/ *$//')
  drills_section_line "$(printf -- '- %s, %s, `cluster/drills/%s`, %s customers (load average at start %s): %s' \
    "$(date -u +%Y-%m-%dT%H:%MZ)" "$1" "$(basename "$0")" "$CUSTOMERS" "$LOAD_AT_START" "$figures")"
}

# drills_section_line LINE: into the drills' section of BENCHMARKS.md (the marker ends its list),
# not at the end of the file.
drills_section_line() {
  local marker='<!-- cluster/drills/*.sh append their lines above this line -->'
  if grep -qF "$marker" "$ROOT/BENCHMARKS.md"; then
    LINE=$1 MARKER=$marker awk 'index($0, ENVIRON["MARKER"]) == 1 { print ENVIRON["LINE"] } { print }' \
      "$ROOT/BENCHMARKS.md" >"$RUN/BENCHMARKS.md" && cat "$RUN/BENCHMARKS.md" >"$ROOT/BENCHMARKS.md"
  else
    printf '%s\n' "$1" >>"$ROOT/BENCHMARKS.md"
  fi
}

LOAD_AT_START=$(cut -d' ' -f1 /proc/loadavg)
