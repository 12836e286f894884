#!/usr/bin/env bash
# Drill (e): a teller keeps working when her instance dies. The demo teller tessa signs in to the
# console through HAProxy as a browser does (Keycloak password + one-time code, cookies), a
# customer hands a conversation over to a person, tessa claims it; then the instance that served
# her (HAProxy's SRV cookie) is killed with -9. With the same cookies the queue must load still
# signed in, a reply sent with the dead instance's JSF view state must be accepted (the session
# and the view state are in the data grid), and the customer must see it; so must a postback on
# the knowledge base page she had open beside it (every open view of the session survives). The killed instance is
# started again at the end. Figures: cluster/drills/TellerSession.java.
source "$(dirname "$0")/common.sh"
require_cluster
javac -d "$STATE/drills/classes" "$DRILLS/TellerSession.java"

java -cp "$STATE/drills/classes" TellerSession "$APP_URL" "$KEYCLOAK_URL/realms/tellerline" "$RUN" \
  >"$RUN/teller.log" 2>"$RUN/teller.err" &
TELLER=$!
for _ in $(seq 1 1800); do
  [ -s "$RUN/served-by" ] && break
  kill -0 "$TELLER" 2>/dev/null || { cat "$RUN/teller.err" >&2; die "tessa could not sign in and claim"; }
  sleep 0.1
done
[ -s "$RUN/served-by" ] || die "tessa did not claim within 180 s"
VICTIM=$(cat "$RUN/served-by")
[ -n "$(tracked_pid "$VICTIM")" ] || { kill "$TELLER"; die "no instance named by HAProxy's cookie: $VICTIM"; }
# She reads the conversation for a moment before the instance dies (a reply is not typed faster).
sleep "${DRILL_THINK_SECONDS:-1}"
LOAD_AT_KILL=$(cut -d' ' -f1 /proc/loadavg)
say "tessa's session is on $VICTIM: kill -9 $VICTIM (pid $(tracked_pid "$VICTIM"))"
FAULT_AT=$(now_ms)
kill -KILL "$(tracked_pid "$VICTIM")"
echo "$FAULT_AT" >"$RUN/killed.tmp" && mv "$RUN/killed.tmp" "$RUN/killed"
RC=0
wait "$TELLER" || RC=$?
cat "$RUN/teller.err" >&2
tee "$RUN/figures.txt" <"$RUN/teller.log"

drills_section_line "$(printf -- '- %s, kill -9 of the instance serving a signed-in teller (%s), `cluster/drills/%s`, 1 teller (tessa, console through HAProxy, password + TOTP; the knowledge base open beside the conversation) and 1 customer handing over, killed %s s after her claim (load average at start %s, at the kill %s): %s' \
  "$(date -u +%Y-%m-%dT%H:%MZ)" "$VICTIM" "$(basename "$0")" "${DRILL_THINK_SECONDS:-1}" "$LOAD_AT_START" "$LOAD_AT_KILL" \
  "$(tr '\n' ' ' <"$RUN/figures.txt" | sed 's/ *$//')")"
"$HERE/tellerline-cluster" stage start_app "$VICTIM"
say "figures in $RUN/figures.txt; $VICTIM is starting again"
exit "$RC"
