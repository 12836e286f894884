-- Demo core-banking data behind the CoreBanking port. A bank replaces this with an adapter to its
-- own core system; Tellerline's conversation data does not depend on these tables' layout.
create table customer (
    id                 uuid         primary key,
    customer_number    varchar(20)  not null unique,
    idp_subject        varchar(64)  not null unique,  -- Keycloak user id ("sub" claim)
    display_name       varchar(200) not null,
    preferred_language varchar(8)   not null default 'en',
    created_at         timestamptz  not null default now()
);

create table account (
    id           uuid          primary key,
    customer_id  uuid          not null references customer (id),
    iban         varchar(34)   not null unique,
    product_name varchar(100)  not null,
    currency     char(3)       not null,
    balance      numeric(19,4) not null,
    opened_on    date          not null
);
create index account_customer_idx on account (customer_id);

create table account_transaction (
    id           bigint        generated always as identity primary key,
    account_id   uuid          not null references account (id),
    booked_on    date          not null,
    amount       numeric(19,4) not null,
    currency     char(3)       not null,
    counterparty varchar(200)  not null,
    category     varchar(40)   not null,
    reference    varchar(140)
);
create index account_transaction_account_booked_idx on account_transaction (account_id, booked_on desc);

create table card (
    id         uuid        primary key,
    account_id uuid        not null references account (id),
    pan_last4  char(4)     not null,
    scheme     varchar(20) not null,
    status     varchar(20) not null check (status in ('ACTIVE', 'BLOCKED', 'EXPIRED', 'PENDING_ACTIVATION')),
    expires_on date        not null
);
create index card_account_idx on card (account_id);
