#!/usr/bin/env bash
# Where a turn's time goes: records the running Payara Server (./tellerline run --load) with Java
# Flight Recorder while benchmarks/load.sh plays its load, then turns the recording into a flame
# graph and a breakdown by component (benchmarks/jfr-flame.py).
#
#   usage: benchmarks/load-profile.sh OUT_NAME [load.sh arguments, e.g. closed users=10 think=0]
#   writes benchmarks/profiles/OUT_NAME.{svg,txt} (committed) and tellerline-load/target/OUT_NAME.{jfr,collapsed}
#
# JFR's "profile" settings sample Java threads every 10 ms (20 ms in "default"). Stacks deeper than
# the JVM's -XX:FlightRecorderOptions:stackdepth (64 unless the domain sets it) lose their root-side
# frames; the breakdown walks from the leaf, so it is not affected; the flame graph's roots are.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
NAME=${1:?usage: $0 OUT_NAME [load.sh arguments]}
shift
pidfile=$ROOT/.tellerline/payara6/glassfish/domains/domain1/config/pid
[ -f "$pidfile" ] || { echo "no Payara Server of ./tellerline run (no $pidfile)" >&2; exit 1; }
pid=$(cat "$pidfile")
out=$ROOT/tellerline-load/target/$NAME
mkdir -p "$ROOT/benchmarks/profiles" "$(dirname "$out")"
jcmd "$pid" JFR.start name=tellerline-load settings=profile >/dev/null
trap 'jcmd "$pid" JFR.stop name=tellerline-load >/dev/null 2>&1 || true' EXIT
"$ROOT/benchmarks/load.sh" "$@"
jcmd "$pid" JFR.dump name=tellerline-load filename="$out.jfr" >/dev/null
# Payara's request threads only (what a turn costs), then every Java thread (what the server does).
python3 "$ROOT/benchmarks/jfr-flame.py" "$out.jfr" "$out" "http-thread-pool"
python3 "$ROOT/benchmarks/jfr-flame.py" "$out.jfr" "$out-all" >/dev/null
cp "$out.svg" "$out.txt" "$ROOT/benchmarks/profiles/"
cp "$out-all.txt" "$ROOT/benchmarks/profiles/$NAME-all-threads.txt"
echo "flame graph: benchmarks/profiles/$NAME.svg; breakdown: benchmarks/profiles/$NAME.txt"
