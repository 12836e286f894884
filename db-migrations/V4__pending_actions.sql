-- Sensitive requests waiting for the customer's step-up authentication (RFC 9470). The id is the
-- idempotency key: an action is performed at most once, then its result message is replayed.
create table pending_action (
    id                uuid        primary key,
    conversation_id   uuid        not null references conversation (id),
    customer_id       uuid        not null references customer (id),
    intent            varchar(64) not null,
    status            varchar(20) not null check (status in ('PENDING', 'COMPLETED', 'EXPIRED')),
    created_at        timestamptz not null,
    expires_at        timestamptz not null,
    completed_at      timestamptz,
    result_message_id uuid        references conversation_message (id),
    version           bigint      not null default 0,
    check ((status = 'COMPLETED') = (result_message_id is not null))
);
create index pending_action_conversation_idx on pending_action (conversation_id);

create table pending_action_parameter (
    pending_action_id uuid         not null references pending_action (id),
    name              varchar(40)  not null,
    value             varchar(200) not null,
    primary key (pending_action_id, name)
);
