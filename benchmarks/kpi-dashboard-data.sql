-- Synthetic conversations for benchmarks/kpi-dashboard.sh: :conversations conversations of 10
-- messages each (5 customer, 5 assistant or staff) spread over the last 365 days, 100 000
-- customers, two languages, 20 intents; 15 % handed over (80 % of those taken by staff), 90 %
-- closed, 30 % of the closed rated. The messages are inserted with the KPI trigger disabled (10 M
-- row-by-row updates would take hours) and the conversations' figures are then computed in one
-- pass, as the trigger would have kept them (the trigger's own cost is measured separately).
-- Conversations are written in the order they started, as the application writes them. No intent
-- corrections are generated (corrected_turns stays 0: the fairness query reads it all the same).
\set ON_ERROR_STOP on
insert into customer (id, customer_number, idp_subject, display_name, created_at)
select gen_random_uuid(), 'B' || g, 'bench-' || g, 'Bench customer ' || g,
       now() - make_interval(days => 30 + (g % 1500))
  from generate_series(1, 100000) g;

create temporary table bench_customer as
select row_number() over () as n, id from customer where customer_number like 'B%';
create index on bench_customer (n);

insert into conversation (id, customer_id, channel, status, language, started_at, last_activity_at,
                          closed_at, csat_score, csat_at, message_count, customer_wrote,
                          handed_over_at, handover_reason, staff_joined_at)
select gen_random_uuid(), bc.id, 'WEB_CHAT', 'CLOSED',
       case when random() < 0.6 then 'en' else 'de' end,
       s.started, s.started + interval '10 minutes',
       case when s.r < 0.9 then s.started + interval '10 minutes' end,
       case when s.r < 0.27 then 1 + floor(random() * 5)::int end,
       case when s.r < 0.27 then s.started + interval '11 minutes' end,
       10, true,
       case when s.h < 0.15 then s.started + interval '2 minutes' end,
       case when s.h < 0.15 then (array['CUSTOMER_ASKED', 'LOW_CONFIDENCE', 'FRUSTRATION',
                                         'TOPIC_NEEDS_STAFF', 'VERIFIED_REQUEST'])[1 + floor(random() * 5)::int] end,
       case when s.h < 0.12 then s.started + interval '2 minutes' + make_interval(secs => 30 + random() * 600) end
  from (select g, now() - make_interval(secs => random() * 365 * 86400) as started,
               random() as r, random() as h, 1 + (g % 100000) as n
          from generate_series(1, :conversations) g) s
  join bench_customer bc on bc.n = s.n
 order by s.started;  -- as in production: a conversation's row is written when it starts

alter table conversation_message disable trigger conversation_message_kpi_figures;
insert into conversation_message (id, conversation_id, seq, author, body, automated, intent,
                                  confidence, frustration, outcome, out_of_scope,
                                  intent_model_version, created_at)
select gen_random_uuid(), c.id, m.seq,
       case when m.seq % 2 = 1 then 'CUSTOMER'
            when c.staff_joined_at is not null and m.seq >= 8 then 'STAFF' else 'ASSISTANT' end,
       'tok:bench message body of a typical length, with a masked token [IBAN] in it',
       m.seq % 2 = 0 and not (c.staff_joined_at is not null and m.seq >= 8),
       case when m.seq % 2 = 1 then 'intent_' || (abs(hashtext(c.id::text || m.seq)) % 20) end,
       case when m.seq % 2 = 1 then round(random()::numeric, 4) end,
       case when m.seq % 2 = 1 then round(random()::numeric * 0.8, 4) end,
       case when m.seq % 2 = 1 then
           case when random() < 0.08 then 'NOT_UNDERSTOOD' else 'ANSWERED' end end,
       case when m.seq % 2 = 1 then random() < 0.05 end,
       case when m.seq % 2 = 1 then 'intent-bench-1' end,
       c.started_at + make_interval(secs => m.seq * 20)
  from conversation c cross join generate_series(1, 10) m(seq)
 where c.customer_id in (select id from bench_customer)
 order by c.started_at, m.seq;  -- as in production: messages are written as they come
alter table conversation_message enable trigger conversation_message_kpi_figures;

update conversation c
   set customer_turns = f.turns, not_understood_turns = f.not_understood,
       out_of_scope_turns = f.out_of_scope, frustrated_turns = f.frustrated,
       confidence_sum = f.confidence, first_intent = f.first_intent,
       intent_model_version = f.model, first_customer_at = f.first_customer,
       first_assistant_reply_at = f.first_assistant, first_staff_reply_at = f.first_staff
  from (select conversation_id,
               count(*) filter (where author = 'CUSTOMER') as turns,
               count(*) filter (where outcome = 'NOT_UNDERSTOOD') as not_understood,
               count(*) filter (where out_of_scope) as out_of_scope,
               count(*) filter (where frustration >= 0.5) as frustrated,
               coalesce(sum(confidence), 0) as confidence,
               (array_agg(intent order by seq) filter (where author = 'CUSTOMER'))[1] as first_intent,
               max(intent_model_version) as model,
               min(created_at) filter (where author = 'CUSTOMER') as first_customer,
               min(created_at) filter (where author = 'ASSISTANT') as first_assistant,
               min(created_at) filter (where author = 'STAFF') as first_staff
          from conversation_message group by conversation_id) f
 where f.conversation_id = c.id;
-- What the trigger sets when a later conversation's first intent is known.
update conversation k set followed_up = true
 where exists (select 1 from conversation n
                where n.customer_id = k.customer_id and n.first_intent = k.first_intent
                  and n.started_at > k.started_at and n.started_at <= k.started_at + interval '24 hours');
vacuum analyze customer;
vacuum analyze conversation;
vacuum analyze conversation_message;
vacuum analyze pending_action;
