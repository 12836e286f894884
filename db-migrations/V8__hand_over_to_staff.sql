-- Hand-over to branch staff (issue 7): why and since when a conversation waits, who serves it,
-- the assistant's misunderstanding streak (two in a row escalate), and the customer's rating.
alter table conversation add column escalation_reason     varchar(30);
alter table conversation add column waiting_since         timestamptz;
alter table conversation add column assignee              varchar(100);
alter table conversation add column low_confidence_streak smallint not null default 0;
alter table conversation add column closed_at             timestamptz;
alter table conversation add column csat_score            smallint check (csat_score between 1 and 5);
alter table conversation add column csat_comment          varchar(2000);  -- tokenized like messages
alter table conversation add column csat_at               timestamptz;
alter table conversation add constraint conversation_escalation_reason_check check (escalation_reason in
    ('CUSTOMER_ASKED', 'LOW_CONFIDENCE', 'FRUSTRATION', 'TOPIC_NEEDS_STAFF', 'VERIFIED_REQUEST'));
alter table conversation add constraint conversation_waiting_check
    check ((status in ('WAITING_FOR_STAFF', 'WITH_STAFF')) = (waiting_since is not null));
alter table conversation add constraint conversation_assignee_check
    check ((status = 'WITH_STAFF') = (assignee is not null));
create index conversation_queue_idx on conversation (waiting_since) where status in ('WAITING_FOR_STAFF', 'WITH_STAFF');

-- The customer's frustration as the assistant saw it, next to the intent, for the staff queue.
alter table conversation_message add column frustration numeric(5,4);
