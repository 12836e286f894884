-- Card self-service in the demo core bank (issue 15): card products with the bounds of their daily
-- limits, each card's limits and the history of their changes, PIN letters ordered, and the
-- customer's contact details (e-mail, phone). A bank replaces these with its own core system behind
-- the CardLimits, CardServices and ContactDetails ports.

-- A card product and, per daily limit, the range a customer may choose (in the product's currency).
create table card_product (
    code varchar(30)  primary key,
    name varchar(100) not null
);

create table card_product_limit (
    product_code varchar(30)   not null references card_product (code),
    limit_type   varchar(20)   not null check (limit_type in ('DAILY_PAYMENTS', 'DAILY_WITHDRAWALS')),
    currency     char(3)       not null,
    min_amount   numeric(19,4) not null check (min_amount >= 0),
    max_amount   numeric(19,4) not null,
    primary key (product_code, limit_type),
    check (max_amount >= min_amount)
);

-- Cards without a product have no limits the customer can change in the chat.
alter table card add column product_code varchar(30) references card_product (code);

create table card_limit (
    card_id    uuid          not null references card (id),
    limit_type varchar(20)   not null check (limit_type in ('DAILY_PAYMENTS', 'DAILY_WITHDRAWALS')),
    amount     numeric(19,4) not null check (amount >= 0),
    currency   char(3)       not null,
    updated_at timestamptz   not null default now(),
    primary key (card_id, limit_type)
);

-- Every change of a limit, once: what it was and what it became.
create table card_limit_change (
    id          uuid          primary key,
    card_id     uuid          not null references card (id),
    limit_type  varchar(20)   not null,
    old_amount  numeric(19,4) not null,
    new_amount  numeric(19,4) not null,
    currency    char(3)       not null,
    changed_at  timestamptz   not null
);
create index card_limit_change_card_idx on card_limit_change (card_id);

-- A letter with the card's PIN, printed and posted to the address on file by the bank's mail
-- house (not part of the demo). No address is copied here: the letter goes where the customer lives
-- when it is printed.
create table pin_letter (
    id         uuid        primary key,
    card_id    uuid        not null references card (id),
    status     varchar(20) not null check (status in ('ORDERED', 'SENT')),
    ordered_at timestamptz not null
);
create index pin_letter_card_idx on pin_letter (card_id);

-- The customer's verified contacts, one per channel: the core bank's record, like the postal
-- address on the customer row. Tellerline's own tables hold such values only tokenized/encrypted.
create table customer_contact (
    customer_id uuid         not null references customer (id),
    channel     varchar(10)  not null check (channel in ('EMAIL', 'PHONE')),
    value       varchar(254) not null,
    verified_at timestamptz  not null,
    primary key (customer_id, channel)
);

-- V6's default privileges already give the application's role DML on tables created by the owner;
-- here it gets only what it needs: histories and orders are appended, never rewritten.
do $$
declare
    app text := '${app_role}';
begin
    if app = current_user then
        return;
    end if;
    execute format('grant select on card_product, card_product_limit to %I', app);
    execute format('revoke insert, update, delete, truncate on card_product, card_product_limit from %I', app);
    execute format('grant select, insert, update on card_limit, customer_contact to %I', app);
    execute format('revoke delete, truncate on card_limit, customer_contact from %I', app);
    execute format('grant select, insert on card_limit_change, pin_letter to %I', app);
    execute format('revoke update, delete, truncate on card_limit_change, pin_letter from %I', app);
end
$$;
