create table conversation (
    id               uuid        primary key,
    customer_id      uuid        not null references customer (id),
    channel          varchar(20) not null check (channel in ('WEB_CHAT')),
    status           varchar(30) not null check (status in ('WITH_ASSISTANT', 'WAITING_FOR_STAFF', 'WITH_STAFF', 'CLOSED')),
    language         varchar(8)  not null,
    started_at       timestamptz not null,
    last_activity_at timestamptz not null,
    version          bigint      not null default 0
);
create index conversation_customer_idx on conversation (customer_id);
create index conversation_status_activity_idx on conversation (status, last_activity_at desc);

create table conversation_message (
    id              uuid          primary key,
    conversation_id uuid          not null references conversation (id),
    seq             integer       not null,
    author          varchar(20)   not null check (author in ('CUSTOMER', 'ASSISTANT', 'STAFF', 'SYSTEM')),
    body            varchar(4000) not null,
    automated       boolean       not null,
    intent          varchar(64),
    confidence      numeric(5,4),
    created_at      timestamptz   not null,
    unique (conversation_id, seq)
);
