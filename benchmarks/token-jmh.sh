#!/usr/bin/env bash
# Cost of verifying one access token per API request (KeycloakTokenVerifier: RS256 2048-bit
# signature + claims), on ONE core (taskset), after warm-up. Needs a built tree:
#   ./mvnw -B -DskipTests install
#   usage: benchmarks/token-jmh.sh [extra JMH options]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/tellerline-bench/target
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -n 1); pinned to CPU 0"
exec taskset -c 0 java -cp "$BENCH/classes:$BENCH/lib/*" org.openjdk.jmh.Main TokenVerificationBenchmark \
  -f 1 -t 1 -wi 3 -w 5s -i 5 -r 5s "$@"
