#!/usr/bin/env bash
# Measures start-up time and resident memory of the Micro WAR on Payara Micro: from launching the
# JVM to the first HTTP 200 from /health (which needs the database), then RSS of the process.
# Needs a PostgreSQL (TELLERLINE_DB_URL etc., default 127.0.0.1:5432 database tellerline_bench,
# created if missing) and a built tree (./mvnw -DskipTests install).
#   usage: benchmarks/startup.sh [RUNS]      (JAVA_HOME selects the JDK)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-3}
MICRO=$ROOT/tellerline-it/target/payara-micro.jar
WAR=$ROOT/tellerline-micro/target/tellerline.war
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -f "$MICRO" ] || "$ROOT/mvnw" -q -f "$ROOT/tellerline-it/pom.xml" dependency:copy \
  -Dartifact=fish.payara.extras:payara-micro:$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$ROOT/pom.xml") \
  -DoutputDirectory="$ROOT/tellerline-it/target" -Dmdep.stripVersion=true
[ -f "$MICRO" ] || mv "$ROOT"/tellerline-it/target/payara-micro*.jar "$MICRO"
if [ -z "${TELLERLINE_DB_URL:-}" ]; then
  java -jar "$ROOT/tellerline-devstack/target/tellerline-devstack.jar" create-db \
    jdbc:postgresql://127.0.0.1:5432/postgres postgres tellerline_bench
  export TELLERLINE_DB_URL=jdbc:postgresql://127.0.0.1:5432/tellerline_bench TELLERLINE_DB_USER=postgres TELLERLINE_DB_PASSWORD=
fi
export TELLERLINE_DEMO_DATA=true TELLERLINE_PROFILE=development
work=$(mktemp -d); cp "$WAR" "$work/ROOT.war"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $("$JAVA" -version 2>&1 | head -n 1)"
for run in $(seq 1 "$RUNS"); do
  start=$(date +%s%N)
  "$JAVA" -jar "$MICRO" --nocluster --port 18480 --deploy "$work/ROOT.war" >"$work/micro.log" 2>&1 &
  pid=$!
  until curl -fsS -o /dev/null http://localhost:18480/health 2>/dev/null; do
    kill -0 $pid 2>/dev/null || { tail -n 30 "$work/micro.log"; exit 1; }
    sleep 0.2
  done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 5 # let start-up work settle before reading memory
  rss_mib=$(( $(awk '/VmRSS/{print $2}' /proc/$pid/status) / 1024 ))
  echo "run $run: first healthy response after ${ready_ms} ms, RSS ${rss_mib} MiB"
  kill $pid; wait $pid 2>/dev/null || true
done
rm -rf "$work"
