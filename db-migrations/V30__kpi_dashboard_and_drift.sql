-- KPI dashboard, drift and fairness monitoring (issue 19, items 1 and 5).
--
-- What a turn did, kept with the customer's message: the policy outcome of the assistant's reply
-- (NOT_UNDERSTOOD is the not-understood rate's numerator), whether the intent model called the
-- text out of its scope, and which intent model version classified it (fairness per version).
alter table conversation_message add column outcome              varchar(20);
alter table conversation_message add column out_of_scope         boolean;
alter table conversation_message add column intent_model_version varchar(100);

-- The dashboard reads one row per conversation, never the messages: per-conversation figures
-- kept up to date by triggers as each message is written (a rollup at the conversation's grain,
-- maintained in the same transaction as the turn, so it is never stale and needs no batch job).
alter table conversation add column first_intent             varchar(64);
alter table conversation add column customer_turns           integer       not null default 0;
alter table conversation add column not_understood_turns     integer       not null default 0;
alter table conversation add column out_of_scope_turns       integer       not null default 0;
alter table conversation add column frustrated_turns         integer       not null default 0;
alter table conversation add column confidence_sum           numeric(12,4) not null default 0;
alter table conversation add column first_customer_at        timestamptz;
alter table conversation add column first_assistant_reply_at timestamptz;
alter table conversation add column first_staff_reply_at     timestamptz;
-- Hand-over: the first time it was queued for staff (and why), the first time staff took it. The
-- queue's own columns (waiting_since, escalation_reason) are cleared when it leaves the queue.
alter table conversation add column handed_over_at           timestamptz;
alter table conversation add column handover_reason          varchar(30);
alter table conversation add column staff_joined_at          timestamptz;
-- The intent model that classified the conversation's first message (fairness per model version).
alter table conversation add column intent_model_version     varchar(100);
-- The same customer started another conversation on the same first intent within 24 hours after
-- this one started (then this one did not serve her: not self-served). Set when the later one's
-- first intent is known, so the dashboard does not search for it (measured: that search was two
-- thirds of the dashboard's time over 10 M messages).
alter table conversation add column followed_up              boolean       not null default false;
-- Customer messages of this conversation a member of staff relabelled (intent_correction).
alter table conversation add column corrected_turns          integer       not null default 0;

create function kpi_turn_figures() returns trigger
    language plpgsql as
$$
declare
    earlier      record;
    turns        integer := 0;
    not_under    integer := 0;
    out_scope    integer := 0;
    frustrated   integer := 0;
    conf         numeric := 0;
begin
    if new.author = 'CUSTOMER' and new.intent is not null then
        turns := 1;
        not_under := case when new.outcome = 'NOT_UNDERSTOOD' then 1 else 0 end;
        out_scope := case when new.out_of_scope then 1 else 0 end;
        frustrated := case when new.frustration >= 0.5 then 1 else 0 end;
        conf := coalesce(new.confidence, 0);
    end if;
    if tg_op = 'UPDATE' and old.author = 'CUSTOMER' and old.intent is not null then
        turns := turns - 1;
        not_under := not_under - case when old.outcome = 'NOT_UNDERSTOOD' then 1 else 0 end;
        out_scope := out_scope - case when old.out_of_scope then 1 else 0 end;
        frustrated := frustrated - case when old.frustration >= 0.5 then 1 else 0 end;
        conf := conf - coalesce(old.confidence, 0);
    end if;
    select first_intent, customer_id, started_at into earlier
      from conversation where id = new.conversation_id;
    update conversation c
       set customer_turns = c.customer_turns + turns,
           not_understood_turns = c.not_understood_turns + not_under,
           out_of_scope_turns = c.out_of_scope_turns + out_scope,
           frustrated_turns = c.frustrated_turns + frustrated,
           confidence_sum = c.confidence_sum + conf,
           first_intent = coalesce(c.first_intent, case when new.author = 'CUSTOMER' then new.intent end),
           intent_model_version = coalesce(c.intent_model_version, new.intent_model_version),
           first_customer_at = coalesce(c.first_customer_at,
                                        case when new.author = 'CUSTOMER' then new.created_at end),
           first_assistant_reply_at = coalesce(c.first_assistant_reply_at,
               case when new.author = 'ASSISTANT' and c.first_customer_at is not null then new.created_at end),
           first_staff_reply_at = coalesce(c.first_staff_reply_at,
               case when new.author = 'STAFF' then new.created_at end)
     where c.id = new.conversation_id;
    if earlier.first_intent is null and new.author = 'CUSTOMER' and new.intent is not null then
        update conversation p
           set followed_up = true
         where p.customer_id = earlier.customer_id
           and p.first_intent = new.intent
           and p.started_at >= earlier.started_at - interval '24 hours'
           and p.started_at < earlier.started_at
           and p.id <> new.conversation_id
           and not p.followed_up;
    end if;
    return null;
end;
$$;

create trigger conversation_message_kpi_figures
    after insert or update of outcome, out_of_scope, intent, confidence, frustration, intent_model_version
    on conversation_message
    for each row execute function kpi_turn_figures();

create function kpi_handover_figures() returns trigger
    language plpgsql as
$$
begin
    if new.waiting_since is not null and new.handed_over_at is null then
        new.handed_over_at := new.waiting_since;
        new.handover_reason := new.escalation_reason;
    end if;
    if new.status = 'WITH_STAFF' and new.staff_joined_at is null then
        -- The moment staff took it: this transaction's (the claim's) time.
        new.staff_joined_at := greatest(now(), coalesce(new.handed_over_at, now()));
    end if;
    return new;
end;
$$;

create trigger conversation_kpi_handover
    before insert or update of status, waiting_since on conversation
    for each row execute function kpi_handover_figures();

create function kpi_corrected_turns() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        update conversation set corrected_turns = corrected_turns + 1 where id = new.conversation_id;
    else
        update conversation set corrected_turns = greatest(corrected_turns - 1, 0)
         where id = old.conversation_id;
    end if;
    return null;
end;
$$;

create trigger intent_correction_kpi_figures
    after insert or delete on intent_correction
    for each row execute function kpi_corrected_turns();

-- The dashboard filters conversations by when they started; a new conversation looks for the
-- same customer's earlier ones on the same intent within 24 hours.
-- Covering: the dashboard's queries read only this index (an index-only scan of the period),
-- whatever the order of the table's rows; the columns are those kpi-dashboard.sql reads. Measured
-- over 10 M messages (BENCHMARKS.md): without it, the period's rows scattered over the table (as
-- updates leave them) cost 0.3 s per query.
create index conversation_kpi_idx on conversation (started_at) include (language, channel,
    first_intent, intent_model_version, customer_id, customer_turns, not_understood_turns,
    corrected_turns, first_customer_at, first_assistant_reply_at, first_staff_reply_at,
    handed_over_at, handover_reason, staff_joined_at, closed_at, last_activity_at, csat_score,
    followed_up);
create index conversation_customer_intent_idx on conversation (customer_id, first_intent, started_at);
-- Drift compares recent customer messages with a baseline window, per language (the conversation's)
-- and per intent: both read from indexes only (measured over 10 M messages: 0.14 s instead of
-- 1 s reading the scattered rows). The last-activity index (V24, used by retention) gains the
-- language; it is written on every turn already.
create index conversation_message_customer_created_idx on conversation_message (created_at)
    include (conversation_id, intent, outcome, confidence, out_of_scope, frustration)
    where author = 'CUSTOMER' and intent is not null;
drop index conversation_last_activity_idx;
create index conversation_last_activity_idx on conversation (last_activity_at) include (id, language);

-- Drift alerts: aggregates only (a group, a figure, two rates and their sample sizes), no person.
create table drift_alert (
    id             uuid         primary key,
    raised_at      timestamptz  not null,
    dimension      varchar(20)  not null check (dimension in ('language', 'intent')),
    group_value    varchar(64)  not null,
    figure         varchar(30)  not null,
    baseline_value numeric(7,4) not null,
    recent_value   numeric(7,4) not null,
    baseline_turns integer      not null,
    recent_turns   integer      not null,
    threshold      numeric(7,4) not null
);
create index drift_alert_raised_idx on drift_alert (raised_at);

-- A fairness gap (over 5 points) stated and acknowledged by a supervisor or compliance officer.
create table fairness_acknowledgement (
    id              uuid          primary key,
    acknowledged_at timestamptz   not null,
    acknowledged_by varchar(100)  not null,
    finding         varchar(300)  not null,
    reason          varchar(1000) not null
);
