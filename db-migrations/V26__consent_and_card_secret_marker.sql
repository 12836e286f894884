-- Notice and consent (issue 20, item 6): every change of a customer's consent to a purpose is a new
-- row, never an update; her current consent to a purpose is its latest row (by seq), and no row
-- means "not given" (off by default). The row names the version of the privacy notice she saw
-- (a content hash of its texts). Purposes are the application's enum (ConsentPurpose; issue 21
-- adds one), so the column takes a purpose name, not a fixed list.
create table customer_consent (
    seq          bigint generated always as identity primary key,
    customer_id  uuid        not null references customer (id),
    purpose      varchar(40) not null,
    granted      boolean     not null,
    text_version varchar(64) not null,
    recorded_at  timestamptz not null
);
create index customer_consent_latest_idx on customer_consent (customer_id, purpose, seq desc);

-- Append-only also for the application: a consent given or withdrawn is evidence (GDPR art. 7(1)).
create function customer_consent_is_append_only() returns trigger
    language plpgsql as $$
begin
    raise exception 'customer_consent is append-only';
end
$$;
create trigger customer_consent_no_update_or_delete
    before update or delete on customer_consent
    for each row execute function customer_consent_is_append_only();
create trigger customer_consent_no_truncate
    before truncate on customer_consent
    for each statement execute function customer_consent_is_append_only();

-- Item 5's staff alert: the kinds of card secret (PIN, CVC, EXPIRY; comma-separated, never a value)
-- removed from a customer's message before it was stored, for the console's marker.
alter table conversation_message add column card_secrets_removed varchar(40);
