-- Saved payees (core banking, demo) and the assistant's open multi-turn task per conversation
-- (issue 7): the slots collected so far (JSON, personal data tokenized) and what it waits for.
create table payee (
    id          uuid         primary key,
    customer_id uuid         not null references customer (id),
    name        varchar(140) not null,
    iban        varchar(34)  not null,
    unique (customer_id, name)
);

create table conversation_task (
    conversation_id uuid         primary key references conversation (id),
    task            varchar(40)  not null,
    slots           varchar(2000) not null,
    awaiting        varchar(40)  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0
);

alter table account_transaction alter column reference type varchar(140);

-- Transfers the customer dated in the future (demo core banking: kept, not executed by a scheduler).
create table scheduled_transfer (
    id          uuid          primary key,
    account_id  uuid          not null references account (id),
    payee_id    uuid          not null references payee (id),
    amount      numeric(19,4) not null check (amount > 0),
    currency    char(3)       not null,
    execute_on  date          not null,
    reference   varchar(140)  not null,
    created_at  timestamptz   not null default now()
);
