-- Personal data protection (issue 5). Chat messages are stored tokenized; the originals of the
-- personal data found in them are kept only AES-256-GCM encrypted under a per-customer data key,
-- itself wrapped (encrypted) under a master key from the keystore. Destroying a customer's data key
-- (crypto-shredding) makes every original of that customer unreadable at once.

-- The customer's postal address, so that detection can recognise it in messages (core banking).
alter table customer add column street   varchar(200);
alter table customer add column postcode varchar(16);
alter table customer add column city     varchar(100);

-- Where the tokens are in a message body: "TYPE:start:end;..." (offsets in the tokenized body).
-- Not secret; it lets every screen show the masked form without decrypting anything.
alter table conversation_message add column pii_marks text not null default '';
-- Tokens can be longer than what they replace (an e-mail becomes "[EMAIL:16 hex]"): the stored body
-- may outgrow the 2,000 characters a customer may type. Input limits stay at the API.
alter table conversation_message alter column body type text;
alter table conversation_message add constraint conversation_message_body_length check (length(body) <= 32000);

create table customer_data_key (
    key_id        varchar(64) primary key,            -- "dk-" customer id "-" generation
    customer_id   uuid        not null references customer (id),
    generation    integer     not null check (generation >= 1),
    wrapped_key   text,                               -- null once destroyed
    master_key_id varchar(64),                        -- key that wraps it; null once destroyed
    created_at    timestamptz not null,
    rewrapped_at  timestamptz,
    destroyed_at  timestamptz,
    unique (customer_id, generation),
    check ((wrapped_key is null) = (destroyed_at is not null)),
    check ((wrapped_key is null) = (master_key_id is null))
);
-- At most one usable data key per customer.
create unique index customer_data_key_live_idx on customer_data_key (customer_id) where destroyed_at is null;
create index customer_data_key_master_idx on customer_data_key (master_key_id) where destroyed_at is null;

-- One original per token in a message. The token is what the message body holds; the original is
-- only in ciphertext (FieldCipher v1: key id = data key id; associated data "protected_value/<id>").
create table protected_value (
    id              uuid        primary key,
    customer_id     uuid        not null references customer (id),
    -- Deferred: the JPA provider may insert these rows before the message in the same transaction.
    conversation_id uuid        not null references conversation (id) deferrable initially deferred,
    message_id      uuid        not null references conversation_message (id) deferrable initially deferred,
    ordinal         smallint    not null check (ordinal >= 0),
    pii_type        varchar(20) not null,
    token           varchar(200) not null,
    ciphertext      text        not null,
    data_key_id     varchar(64) not null references customer_data_key (key_id),
    created_at      timestamptz not null,
    unique (message_id, ordinal)
);
create index protected_value_conversation_idx on protected_value (conversation_id);
create index protected_value_customer_idx on protected_value (customer_id);

-- A staff member's time-limited permission to see one original, with the reason given.
create table pii_reveal (
    id                 uuid         primary key,
    protected_value_id uuid         not null references protected_value (id),
    staff_subject      varchar(64)  not null,
    staff_name         varchar(100) not null,
    reason             varchar(500) not null,
    revealed_at        timestamptz  not null,
    expires_at         timestamptz  not null,
    check (expires_at > revealed_at)
);
create index pii_reveal_staff_idx on pii_reveal (staff_subject, expires_at desc);

-- Customers whose personal data was erased (GDPR art. 17), and by whom; no personal data here.
create table customer_erasure (
    customer_id     uuid         primary key references customer (id),
    erased_at       timestamptz  not null,
    erased_by       varchar(100) not null,
    reason          varchar(500) not null,
    keys_destroyed  integer      not null,
    messages_redacted integer    not null,
    values_redacted integer      not null
);
