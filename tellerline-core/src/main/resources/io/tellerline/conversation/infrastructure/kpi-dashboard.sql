-- The KPI dashboard's queries (issue 19), read by the application (JdbcKpiStore) and run as they
-- are by benchmarks/kpi-dashboard.sh (psql variables). Parameters: :from and :to (timestamptz,
-- conversations started in [from, to)), :dimension (day, week, language, channel, intent, all),
-- :idle_hours (a conversation idle that long counts as ended), :baseline_from and :recent_from
-- (drift). Definitions: compliance-docs/kpi-definitions.md. Each query starts with "-- name:".
-- Drift reads only conversations active since the baseline's start: every message moves its
-- conversation's last activity (Conversation.append), so none with a message in the windows is missed.

-- name: summary
select coalesce(bucket, 'all') as bucket, grouping(bucket) = 1 as total,
       count(*) as conversations,
       coalesce(sum(customer_turns), 0) as customer_turns,
       coalesce(sum(not_understood_turns), 0) as not_understood_turns,
       avg(extract(epoch from first_assistant_reply_at - first_customer_at)) as assistant_first_response_s,
       avg(extract(epoch from first_staff_reply_at - handed_over_at)) as staff_first_response_s,
       avg(extract(epoch from closed_at - started_at))
           filter (where handed_over_at is null and closed_at is not null) as assistant_resolution_s,
       avg(extract(epoch from closed_at - started_at))
           filter (where handed_over_at is not null and closed_at is not null) as staff_resolution_s,
       count(*) filter (where handed_over_at is null and customer_turns > 0 and ended
                          and not followed_up) as self_served,
       count(*) filter (where ended) as ended,
       count(*) filter (where handed_over_at is not null) as handed_over,
       count(*) filter (where handed_over_at is not null and staff_joined_at is null and ended) as abandoned,
       avg(extract(epoch from staff_joined_at - handed_over_at)) as handover_wait_s,
       count(*) filter (where closed_at is not null) as closed,
       count(csat_score) as rated,
       avg(csat_score) as csat_mean,
       count(*) filter (where csat_score = 1) as csat_1,
       count(*) filter (where csat_score = 2) as csat_2,
       count(*) filter (where csat_score = 3) as csat_3,
       count(*) filter (where csat_score = 4) as csat_4,
       count(*) filter (where csat_score = 5) as csat_5
  from (select case cast(:dimension as text)
                   when 'day' then to_char(c.started_at at time zone 'UTC', 'YYYY-MM-DD')
                   when 'week' then to_char(c.started_at at time zone 'UTC', 'IYYY-"W"IW')
                   when 'language' then c.language
                   when 'channel' then c.channel
                   when 'intent' then coalesce(c.first_intent, '(none)')
                   else 'all' end as bucket,
               (c.closed_at is not null
                or c.last_activity_at < now() - make_interval(hours => cast(:idle_hours as integer))) as ended,
               c.started_at, c.customer_turns, c.not_understood_turns, c.first_customer_at,
               c.first_assistant_reply_at, c.first_staff_reply_at, c.handed_over_at,
               c.staff_joined_at, c.closed_at, c.csat_score, c.followed_up
          from conversation c
         where c.started_at >= cast(:from as timestamptz) and c.started_at < cast(:to as timestamptz)) k
 group by grouping sets ((bucket), ())
 order by total, bucket;

-- name: escalations
select handover_reason as reason, count(*) as conversations
  from conversation
 where started_at >= cast(:from as timestamptz) and started_at < cast(:to as timestamptz)
   and handed_over_at is not null
 group by handover_reason
 order by handover_reason;

-- name: step_ups
select count(*) as step_ups, count(*) filter (where status = 'COMPLETED') as completed
  from pending_action
 where created_at >= cast(:from as timestamptz) and created_at < cast(:to as timestamptz);

-- name: fairness
select coalesce(model_version, '(unknown)') as model_version,
       case when grouping(language) = 0 then 'language'
            when grouping(channel) = 0 then 'channel' else 'tenure' end as dimension,
       coalesce(language, channel, tenure) as grp,
       count(*) as conversations,
       sum(customer_turns) as customer_turns,
       sum(not_understood_turns) as not_understood_turns,
       count(*) filter (where handed_over) as handed_over,
       sum(corrected_turns) as corrected_turns
  from (select c.intent_model_version as model_version, c.language, c.channel,
               case when c.started_at - cu.created_at < interval '90 days'
                    then 'new' else 'long-standing' end as tenure,
               c.customer_turns, c.not_understood_turns, c.corrected_turns,
               c.handed_over_at is not null as handed_over
          from conversation c join customer cu on cu.id = c.customer_id
         where c.started_at >= cast(:from as timestamptz) and c.started_at < cast(:to as timestamptz)
           and c.customer_turns > 0) k
 group by grouping sets ((model_version, language), (model_version, channel), (model_version, tenure))
 order by 1, 2, 3;

-- name: drift
select case when grouping(language) = 0 then 'language' else 'intent' end as dimension,
       coalesce(language, intent) as grp,
       recent,
       count(*) as turns,
       count(*) filter (where outcome = 'NOT_UNDERSTOOD') as not_understood,
       coalesce(avg(confidence), 0) as confidence_mean,
       count(*) filter (where out_of_scope) as out_of_scope,
       count(*) filter (where frustration >= 0.5) as frustrated,
       count(*) filter (where outcome = 'HANDED_OVER') as escalated
  from (select c.language, m.intent, m.outcome, m.confidence, m.out_of_scope, m.frustration,
               m.created_at >= cast(:recent_from as timestamptz) as recent
          from conversation_message m join conversation c on c.id = m.conversation_id
         where m.author = 'CUSTOMER' and m.intent is not null
           and c.last_activity_at >= cast(:baseline_from as timestamptz)
           and m.created_at >= cast(:baseline_from as timestamptz)
           and m.created_at < cast(:to as timestamptz)) t
 group by grouping sets ((language, recent), (intent, recent));
