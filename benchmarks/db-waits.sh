#!/usr/bin/env bash
# What the database's sessions wait for while a load runs: samples pg_stat_activity every 0.2 s and
# counts, over all samples, (1) the wait event of each active session ("CPU" when it waits for
# nothing) and (2) for each session waiting on a row lock (Lock:transactionid), its statement and the
# statement and state of the session holding the lock. Run it beside benchmarks/load.sh.
#
#   usage: benchmarks/db-waits.sh [SECONDS (default 60)] [DATABASE (default tellerline)]
#   connects as PGUSER (default postgres) to 127.0.0.1:PGPORT (default 15432, ./tellerline run's
#   embedded PostgreSQL); needs psql.
set -euo pipefail
seconds=${1:-60}
database=${2:-tellerline}
export PGUSER=${PGUSER:-postgres} PGPORT=${PGPORT:-15432} PGPASSWORD=${PGPASSWORD:-postgres}
sample() {
  psql -h 127.0.0.1 -d "$database" -AtF $'\t' -c "
    select 'wait', coalesce(wait_event_type || ':' || wait_event, 'CPU')
      from pg_stat_activity
     where state = 'active' and backend_type = 'client backend' and pid <> pg_backend_pid()
    union all
    select 'lock', left(regexp_replace(a.query, '\s+', ' ', 'g'), 70) || '  <- held by: '
           || coalesce((select left(regexp_replace(b.query, '\s+', ' ', 'g'), 70) || ' [' || b.state || ']'
                          from pg_stat_activity b where b.pid = (pg_blocking_pids(a.pid))[1]), '?')
      from pg_stat_activity a
     where a.wait_event = 'transactionid'"
}
end=$((SECONDS + seconds))
samples=0
out=$(mktemp)
trap 'rm -f "$out"' EXIT
while [ "$SECONDS" -lt "$end" ]; do
  sample >>"$out" || true
  samples=$((samples + 1))
  sleep 0.2
done
echo "$samples samples in ${seconds} s; active sessions by wait event:"
awk -F'\t' '$1 == "wait" {print $2}' "$out" | sort | uniq -c | sort -rn
echo "sessions waiting on a row lock, by statement and holder:"
awk -F'\t' '$1 == "lock" {print $2}' "$out" | sort | uniq -c | sort -rn | head -15
