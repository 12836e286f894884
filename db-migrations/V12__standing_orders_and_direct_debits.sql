-- Standing orders and direct-debit mandates (demo core banking, issue 15): what customers see and
-- cancel in the chat; standing orders are set up there too. Kept, not executed by a scheduler.
-- A cancelled row stays (status and time) as the bank's record of the instruction.
create table standing_order (
    id               uuid          primary key,
    account_id       uuid          not null references account (id),
    payee_id         uuid          not null references payee (id),
    amount           numeric(19,4) not null check (amount > 0),
    currency         char(3)       not null,
    rhythm           varchar(10)   not null check (rhythm in ('WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY')),
    first_payment_on date          not null,
    reference        varchar(140)  not null,
    status           varchar(10)   not null default 'ACTIVE' check (status in ('ACTIVE', 'CANCELLED')),
    created_at       timestamptz   not null default now(),
    cancelled_at     timestamptz
);

create index standing_order_account on standing_order (account_id);

-- A SEPA mandate the customer gave a creditor (creditor identifier and mandate reference as the
-- creditor sends them) and the last collection under it; category lets "the gym" find a creditor.
create table direct_debit_mandate (
    id                uuid          primary key,
    account_id        uuid          not null references account (id),
    creditor_name     varchar(140)  not null,
    creditor_id       varchar(35)   not null,
    mandate_reference varchar(35)   not null,
    category          varchar(20)   not null,
    signed_on         date          not null,
    last_amount       numeric(19,4),
    last_currency     char(3),
    last_collected_on date,
    status            varchar(10)   not null default 'ACTIVE' check (status in ('ACTIVE', 'CANCELLED')),
    cancelled_at      timestamptz,
    unique (creditor_id, mandate_reference)
);

create index direct_debit_mandate_account on direct_debit_mandate (account_id);

-- The application's role gets these tables through V6's default privileges already; granted here
-- too, so the grant does not depend on which role ran V6 (nothing to do when the application's
-- role runs the migrations itself).
do $$
declare
    app text := '${app_role}';
begin
    if app = current_user then
        return;
    end if;
    execute format('grant select, insert, update, delete on standing_order, direct_debit_mandate to %I', app);
end
$$;
