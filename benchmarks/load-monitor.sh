#!/usr/bin/env bash
# What the machine does while a load runs, second by second: CPU (vmstat: busy, runnable threads),
# Payara's garbage collector (jstat -gc) and, every 0.25 s, the database statements that have been
# active for longer than a threshold. Run it beside benchmarks/load.sh against ./tellerline run:
#
#   benchmarks/load-monitor.sh 160 /tmp/open-33 & benchmarks/load.sh open rate=33 ...; wait
#
#   usage: benchmarks/load-monitor.sh [SECONDS (default 160)] [OUTDIR (default ./load-monitor)]
#   SLOW_MS (default 40) is the statement threshold; PGPORT (default 15432, the embedded PostgreSQL),
#   PGUSER/PGPASSWORD (default postgres/postgres); PAYARA_PID (default: the local domain's pid file).
#   Writes OUTDIR/vmstat.txt, OUTDIR/jstat.txt, OUTDIR/slow-statements.txt (and psql-errors.txt) and
#   prints a summary: the seconds with no idle CPU, the collector's pauses (total and the most in one
#   second), the slow statements by text.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-160}
out=${2:-load-monitor}
slow_ms=${SLOW_MS:-40}
[[ "$seconds" =~ ^[1-9][0-9]{0,4}$ ]] || { echo "SECONDS must be a whole number from 1 to 99999" >&2; exit 2; }
[[ "$slow_ms" =~ ^[0-9]{1,6}$ ]] || { echo "SLOW_MS must be a whole number of milliseconds" >&2; exit 2; }
export PGPORT=${PGPORT:-15432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
pid=${PAYARA_PID:-$(cat "$ROOT/.tellerline/payara6/glassfish/domains/domain1/config/pid" 2>/dev/null || true)}
[[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
  || { echo "no running Payara (./tellerline run --load, or PAYARA_PID=...)" >&2; exit 1; }
mkdir -p "$out"
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT
vmstat -t 1 "$seconds" >"$out/vmstat.txt" &
jstat -gc -t "$pid" 1000 "$seconds" >"$out/jstat.txt" 2>&1 &
: >"$out/slow-statements.txt"
: >"$out/psql-errors.txt"
end=$((SECONDS + seconds))
while [ "$SECONDS" -lt "$end" ]; do
  psql -h 127.0.0.1 -d tellerline -AtF '|' -c "
    select clock_timestamp()::time(3), round(extract(epoch from clock_timestamp() - query_start) * 1000),
           left(regexp_replace(query, '\s+', ' ', 'g'), 90)
      from pg_stat_activity
     where state = 'active' and backend_type = 'client backend' and pid <> pg_backend_pid()
       and clock_timestamp() - query_start > interval '$slow_ms milliseconds'" \
    >>"$out/slow-statements.txt" 2>>"$out/psql-errors.txt" \
    || echo "$(date +%T) psql failed" >>"$out/psql-errors.txt" # a refused sample, not the end
  sleep 0.25
done
wait
# vmstat -t: columns 13-17 are us sy id wa st, 1 is r (runnable); the first two lines are headers and
# the first data line is the average since boot (skipped). Busy = user + system (not I/O wait, steal).
awk 'NR > 3 && $1 ~ /^[0-9]+$/ { n++; b = $13 + $14; if ($15 == 0) full++; busy += b; if ($1 > rmax) rmax = $1 }
     END { printf "cpu: %d s sampled, %d s with no idle time, mean user+system %.0f %%, most runnable threads %d\n",
           n, full, busy / (n ? n : 1), rmax }' "$out/vmstat.txt"
# jstat -gc -t: 15 YGCT and 17 FGCT are stop-the-world pause times, 19 CGCT concurrent cycles.
if head -n 1 "$out/jstat.txt" | grep -q YGCT && [ "$(grep -c '^ *[0-9]' "$out/jstat.txt")" -ge 2 ]; then
  awk '$1 ~ /^[0-9.]+$/ { p = $15 + $17; if (seen) { d = p - prev; total += d; if (d > most) most = d }
                          prev = p; seen = 1 }
       END { printf "garbage collector pauses: %.2f s over the run, at most %.3f s in one second\n", total, most }' \
    "$out/jstat.txt"
else
  echo "jstat failed: $(head -n 1 "$out/jstat.txt")"
fi
[ -s "$out/psql-errors.txt" ] && echo "database samples refused: $(grep -c 'psql failed' "$out/psql-errors.txt")"
echo "statements active for more than $slow_ms ms (samples, by text):"
cut -d'|' -f3- "$out/slow-statements.txt" | sort | uniq -c | sort -rn | head -n 10
[ -s "$out/slow-statements.txt" ] || echo "  none"
