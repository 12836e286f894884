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

create function kpi_turn_figures() returns trigger
    language plpgsql as
$$
declare
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
        new.staff_joined_at := greatest(new.last_activity_at, coalesce(new.handed_over_at, new.last_activity_at));
    end if;
    return new;
end;
$$;

create trigger conversation_kpi_handover
    before insert or update of status, waiting_since on conversation
    for each row execute function kpi_handover_figures();

-- The dashboard filters conversations by when they started; self-service looks for the same
-- customer's next conversation on the same intent within 24 hours.
create index conversation_started_idx on conversation (started_at);
create index conversation_customer_intent_idx on conversation (customer_id, first_intent, started_at);
-- Drift compares recent customer messages with a baseline window.
create index conversation_message_customer_created_idx on conversation_message (created_at)
    where author = 'CUSTOMER' and intent is not null;

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
