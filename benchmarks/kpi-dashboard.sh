#!/usr/bin/env bash
# The KPI dashboard's queries over 10 million messages (issue 19). Creates a scratch database
# tellerline_kpi on 127.0.0.1:5432 (user postgres; PGHOST/PGUSER override), applies the project's
# migrations, generates CONVERSATIONS conversations of 10 messages (benchmarks/kpi-dashboard-data.sql)
# and runs the queries of kpi-dashboard.sql -- the very file the application reads -- with psql,
# RUNS times each, printing the best and the worst time. Also measures what the KPI trigger adds to
# inserting a message.
#   usage: benchmarks/kpi-dashboard.sh [CONVERSATIONS] [RUNS]     (default 1000000 5 = 10 M messages)
#   KEEP=1 benchmarks/kpi-dashboard.sh   re-uses an existing tellerline_kpi (skips generation);
#   KPI_DB=name chooses another scratch database
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CONVERSATIONS=${1:-1000000} RUNS=${2:-5}
SQL=$ROOT/tellerline-core/src/main/resources/io/tellerline/conversation/infrastructure/kpi-dashboard.sql
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
DB=${KPI_DB:-tellerline_kpi}
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; $(psql -Atc 'show server_version' | sed 's/^/PostgreSQL /'); shared_buffers $(psql -Atc 'show shared_buffers'); load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -z "${KEEP:-}" ]; then
  psql -q -c "drop database if exists $DB" -c "create database $DB"
  for f in $(ls "$ROOT"/db-migrations/V*.sql | sort -t V -k2 -n); do
    sed 's/\${app_role}/'"$PGUSER"'/g' "$f" | psql -d $DB -q -v ON_ERROR_STOP=1 >/dev/null
  done
  started=$(date +%s)
  psql -d $DB -q -v conversations="$CONVERSATIONS" -f "$ROOT/benchmarks/kpi-dashboard-data.sql"
  echo "generated in $(( $(date +%s) - started )) s"
fi
psql -d $DB -Atc "select 'rows: ' || (select count(*) from conversation_message) || ' messages, '
  || (select count(*) from conversation) || ' conversations; database '
  || pg_size_pretty(pg_database_size(current_database()))"

query() { # the named query of kpi-dashboard.sql, as written
  awk -v name="$1" '/^-- name: / {on = ($3 == name); next} on && !/^--/' "$SQL"
}
NOW=$(psql -d $DB -Atc "select now()")
vars=(-v "from='$(psql -d $DB -Atc "select now() - interval '30 days'")'" -v "to='$NOW'"
      -v idle_hours=4 -v "baseline_from='$(psql -d $DB -Atc "select now() - interval '8 days'")'"
      -v "recent_from='$(psql -d $DB -Atc "select now() - interval '1 day'")'")
time_query() { # label, query name, dimension
  local times
  times=$( { echo '\timing on'; for _ in $(seq "$RUNS"); do query "$2"; done; } |
    psql -d $DB -q "${vars[@]}" -v "dimension='$3'" -o /dev/null 2>&1 | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
  echo "$times" | sort -n | awk -v l="$1" 'NR == 1 {b = $1} {w = $1} END {printf "%-34s best %8.1f ms  worst %8.1f ms\n", l, b, w}'
}
echo "queries over the last 30 days (best and worst of $RUNS runs):"
for d in all day week language channel intent; do time_query "summary by $d" summary $d; done
time_query "escalations by reason" escalations all
time_query "step-up completion" step_ups all
time_query "fairness report" fairness all
time_query "drift (last day vs 7 days before)" drift all

echo "the KPI trigger's cost: 20,000 customer messages into 20,000 conversations, one transaction, rolled back:"
for trigger in enable disable; do
  psql -d $DB -q -c "alter table conversation_message $trigger trigger conversation_message_kpi_figures"
  psql -d $DB -q -c "begin" -c "
    do \$\$
    declare started timestamptz := clock_timestamp();
    begin
      insert into conversation_message (id, conversation_id, seq, author, body, automated, intent,
                                        confidence, frustration, outcome, out_of_scope, created_at)
      select gen_random_uuid(), id, 1000, 'CUSTOMER', 'x', false, 'intent_1', 0.9, 0.1, 'ANSWERED',
             false, now()
        from (select id from conversation order by started_at desc limit 20000) recent;
      raise notice 'trigger %d: % ms per message', '$trigger',
        round(extract(epoch from clock_timestamp() - started) * 1000 / 20000.0, 3);
    end \$\$" -c "rollback" 2>&1 | sed -n 's/^NOTICE: */  /p'
done
psql -d $DB -q -c "alter table conversation_message enable trigger conversation_message_kpi_figures" -c "vacuum conversation_message"
