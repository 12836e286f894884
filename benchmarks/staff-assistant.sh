#!/usr/bin/env bash
# Staff assistant (issue 21, item 3): how long the hand-over summary and the suggested replies take
# when a teller opens a handed-over conversation (target <= 200 ms). Runs the drill
# StaffAssistantTimingIT on the real server (Payara Micro, PostgreSQL, Keycloak): a customer turn
# sequence through the API, then 50 opens of the conversation page by a signed-in teller; the page
# reports the server-side time of summary + suggestions, the test also times the whole round trip.
# Shares the integration tests' database, Keycloak and ~/.m2: run it under the IT lock if others
# build on this machine:
#   flock /tmp/tl/it.lock benchmarks/staff-assistant.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -n 1); load $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -o -q install -DskipTests -pl tellerline-core,tellerline-web,tellerline-micro,tellerline-ear
./tellerline test -o -pl tellerline-it -Dit.groups=drill -Dit.excludedGroups=none \
  -Dit.test=StaffAssistantTimingIT -Dfailsafe.failIfNoSpecifiedTests=false
cat tellerline-it/target/staff-assistant-timing.txt
