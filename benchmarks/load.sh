#!/usr/bin/env bash
# Load harness: customers chatting with a running Tellerline (Gatling, tellerline-load), then the NLU
# pipeline's own throughput on the same machine in the same run, so that turns/s ÷ NLU msgs/s can be
# compared across machines. Writes Gatling's HTML report under tellerline-load/target/gatling/ and
# appends one summary row to BENCHMARKS.md ("Load harness" section).
#
#   usage: benchmarks/load.sh [closed|open] [name=value ...]
#     closed  users=N concurrent customers (default 10), each visit followed by the next
#     open    rate=R arriving customers per second (default 2)
#     seconds=S steady part (default 120), ramp=S ramp-up before it (default 20),
#     think=MS mean think time between a customer's requests (default 2000; 0 = none),
#     signin=F share of visits that sign in afresh at Keycloak (default 0.25),
#     tellers=N demo staff (0-2, default 2) signed in to the console with password and one-time
#     code, claiming and answering the hand-overs (a customer then waits for the answer),
#     url=URL application (default http://localhost:8080), issuer=URL realm issuer
#     (default http://localhost:8180/realms/tellerline), nlu=0 skips the NLU measurement,
#     record=0 does not touch BENCHMARKS.md.
#   NLU_RUN overrides the NLU benchmark's run (default: 1 fork, 3 x 10 s warm-up, 5 x 10 s measurement;
#   a shorter warm-up measured 20-50 % low on a quiet machine).
#
# Against the local stack, start it in load mode first (DEV/TEST-only client, load-sized limits):
#   ./tellerline run --load
# Against a cluster: url= and issuer= of it, with tellerline-load-dev-only imported into its
# (non-production) realm from realm-export/test-only/tellerline-load-client.json.
# Needs a built tree: ./mvnw -B -q -pl tellerline-load,tellerline-nlu-bench -am package -DskipTests
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
MODEL=${1:-closed}
[[ "$MODEL" == closed || "$MODEL" == open ]] || { echo "usage: $0 [closed|open] [name=value ...]" >&2; exit 2; }
shift || true
users=10 rate=2 seconds=120 ramp=20 think=2000 signin=0.25 tellers=2 nlu=1 record=1
url=http://localhost:8080 issuer=http://localhost:8180/realms/tellerline
for setting in "$@"; do
  case "$setting" in
    users=* | rate=* | seconds=* | ramp=* | think=* | signin=* | tellers=* | url=* | issuer=* | nlu=* | record=*)
      declare "$setting" ;;
    *) echo "unknown setting: $setting" >&2; exit 2 ;;
  esac
done
LOAD=$ROOT/tellerline-load/target
NLU=$ROOT/tellerline-nlu-bench/target
[ -d "$LOAD/lib" ] && [ -d "$LOAD/test-classes" ] \
  || { echo "build first: ./mvnw -B -q -pl tellerline-load -am package -DskipTests" >&2; exit 1; }

curl -fsS -o /dev/null "$url/health" || { echo "no Tellerline at $url (./tellerline run --load)" >&2; exit 1; }
curl -fsS -o /dev/null -d grant_type=password -d client_id=tellerline-load-dev-only -d username=alice \
  -d password=alice-demo-only "$issuer/protocol/openid-connect/token" \
  || { echo "Keycloak at $issuer has no tellerline-load-dev-only client: ./tellerline run --load" >&2; exit 1; }

cpu_jiffies() { awk '/^cpu /{print $2+$3+$4+$5+$6+$7+$8+$9, $5+$6}' /proc/stat; } # total, idle+iowait
commit=$(git -C "$ROOT" rev-parse --short HEAD)
cores=$(nproc)
echo "machine: $cores cores; $(java -version 2>&1 | head -n 1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
read -r total0 idle0 < <(cpu_jiffies)
started=$(date +%s.%N)
# The load generator's own CPU time (user + system of the Gatling JVM and its threads).
TIMEFORMAT='%U %S'
# The JVM options of Gatling's own launchers (its stats writer needs java.lang opened).
{ time java -Xmx1g -XX:+UseG1GC -XX:MaxInlineLevel=20 -XX:MaxTrivialSize=12 \
    --add-opens=java.base/java.lang=ALL-UNNAMED -cp "$LOAD/test-classes:$LOAD/lib/*" \
    -Dmodel="$MODEL" -Dusers="$users" -Drate="$rate" -Dseconds="$seconds" -DrampSeconds="$ramp" \
    -DthinkMillis="$think" -DsignInShare="$signin" -Dtellers="$tellers" -DbaseUrl="$url" -Dissuer="$issuer" \
    io.gatling.app.Gatling --simulation io.tellerline.load.ChatSimulation \
    --results-folder "$LOAD/gatling" --launcher maven --build-tool-version 3.9 \
    --run-description "$MODEL users=$users rate=$rate think=${think}ms" \
    >"$LOAD/gatling-console.log" 2>&1 || true; } 2>"$LOAD/gatling-cpu.txt"
ended=$(date +%s.%N)
read -r total1 idle1 < <(cpu_jiffies)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
tail -n 40 "$LOAD/gatling-console.log"
report=$(ls -td "$LOAD"/gatling/chatsimulation-* | head -n 1)
read -r user sys <"$LOAD/gatling-cpu.txt"

nlu_rate=
if [ "$nlu" = 1 ]; then
  [ -d "$NLU/lib" ] || { echo "build first: ./mvnw -B -q -pl tellerline-nlu-bench -am package -DskipTests" >&2; exit 1; }
  # The server finishes its work after the load (audit tree, JIT): wait until the machine is idle
  # (under 10 % busy over 2 s, at most 60 s), so the NLU gets what a quiet machine gives it.
  for _ in $(seq 1 30); do
    read -r t0 i0 < <(cpu_jiffies); sleep 2; read -r t1 i1 < <(cpu_jiffies)
    [ $(( (t1 - t0 - (i1 - i0)) * 100 / (t1 - t0 + 1) )) -lt 10 ] && break
  done
  echo "NLU pipeline alone (JMH throughput, 2 threads, same machine, right after the load)"
  # shellcheck disable=SC2086 # NLU_RUN is a list of options
  java -cp "$NLU/classes:$NLU/lib/*" org.openjdk.jmh.Main 'PipelineBenchmark.analyseOneMessage$' \
    -bm thrpt -tu s -t 2 ${NLU_RUN:--f 1 -wi 3 -w 10s -i 5 -r 10s} >"$LOAD/nlu-jmh.log" 2>&1
  # The score follows the mode and the count (the error column is absent below 3 iterations).
  nlu_rate=$(awk '/analyseOneMessage.* thrpt /{for (i = 1; i < NF; i++) if ($i == "thrpt") print $(i + 2)}' \
    "$LOAD/nlu-jmh.log" | tail -n 1)
  grep -E 'Benchmark|analyseOneMessage' "$LOAD/nlu-jmh.log" | tail -n 2
fi

python3 - "$report" "$started" "$ended" "$user" "$sys" "$cores" "$total0" "$idle0" "$total1" "$idle1" \
  "$MODEL" "$users" "$rate" "$think" "$seconds" "$ramp" "$commit" "$load_after" "${nlu_rate:-}" "$record" \
  "$tellers" "$ROOT/BENCHMARKS.md" <<'PY'
import re, sys, datetime
(report, started, ended, user, sys_, cores, t0, i0, t1, i1, model, users, rate, think, seconds, ramp,
 commit, load_after, nlu_rate, record, tellers, benchmarks) = sys.argv[1:]
# Gatling 3.15 keeps its statistics in the report's table (index.html): one row per request name
# and one for all requests (ROOT); columns 2-14: total, OK, KO, % KO, count/s, min, p50, p75, p95,
# p99, max, mean, standard deviation.
page = open(report + "/index.html", encoding="utf-8").read()
rows = {}
for row in re.finditer(r'<tr id="([^"]+)"[^>]*>(.*?)</tr>', page, re.S):
    name = re.search(r'class="ellipsed-name">([^<]*)<', row.group(2))
    values = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', row.group(2)))
    if values:
        rows["ROOT" if row.group(1) == "ROOT" else name.group(1)] = values
if "turn" not in rows:
    raise SystemExit(f"no 'turn' requests in the report {report}")
glob, turn = rows["ROOT"], rows["turn"]
wall = float(ended) - float(started)
generator = (float(user) + float(sys_)) / (wall * int(cores))
busy = 1 - (int(i1) - int(i0)) / max(1, int(t1) - int(t0))
turns = int(turn["2"])
# Turns answered per second, from the turn page's "responses per second" chart (the second series
# named 'All'): the mean over the steady part (after the ramp-up), and per 30 s for the warm-up curve.
turn_page = open(report + "/" + re.search(r'href="(req_turn-[^"]+\.html)"', page).group(1),
                 encoding="utf-8").read()
series = re.findall(r"name: 'All',\s*data: \[(.*?)\]\s*,?\s*tooltip", turn_page, re.S)[1]
per_second = [int(v) if v != "null" else 0 for _, v in re.findall(r"\[(\d+), (\w+)\]", series)]
steady = per_second[int(ramp):int(ramp) + int(seconds)]
turns_per_s = sum(steady) / max(1, len(steady))
curve = [sum(per_second[i:i + 30]) / len(per_second[i:i + 30]) for i in range(0, len(per_second), 30)]
print("turns/s per 30 s from the start of the load:", " ".join(f"{c:.1f}" for c in curve))
errors, requests = int(glob["4"]), int(glob["2"])
load = (f"users={users}" if model == "closed" else f"rate={rate}/s") + f", tellers={tellers}"
ratio = f"{turns_per_s / float(nlu_rate):.3f}" if nlu_rate else "n/a"
nlu = f"{float(nlu_rate):.0f}" if nlu_rate else "n/a"
row = (f"| {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} | {commit} | {model} | {load}, "
       f"think {think} ms, {seconds} s | {turns} | {turns_per_s:.1f} | {turn['8']} / "
       f"{turn['10']} / {turn['11']} ms | {errors} of {requests} | "
       f"{nlu} | {ratio} | {generator:.0%} | {busy:.0%}, load {load_after} |")
print("summary:", row)
# The staff side: hand-overs claimed and answered in the console, and how long customers waited.
for name in ("console claim", "console reply", "console queue"):
    if name in rows:
        r = rows[name]
        print(f"{name}: {r['2']} (KO {r['4']}), p50 / p95 / p99 {r['8']} / {r['10']} / {r['11']} ms")
print("report:", report + "/index.html")
if record == "1":
    marker = "<!-- load.sh appends its rows above this line -->"
    doc = open(benchmarks, encoding="utf-8").read()
    if marker not in doc:
        raise SystemExit("BENCHMARKS.md has no load harness table (marker missing)")
    open(benchmarks, "w", encoding="utf-8").write(doc.replace(marker, row + "\n" + marker, 1))
PY
grep -h "^staff answered" "$LOAD/gatling-console.log" || true
