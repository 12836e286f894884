-- "Download my data" (issue 20; GDPR Art. 15 access, Art. 20 portability). One row per export a
-- customer asked for: its progress while the server builds it in the background, then the JSON
-- document and its PDF, both AES-256-GCM encrypted under the customer's data key (FieldCipher, key
-- id inside the ciphertext; associated data "data_export/<id>/json" and ".../pdf"). Destroying the
-- customer's data keys (erasure) makes a finished export unreadable at once, like her messages.
-- Rows are deleted when they expire (24 hours after the request).
create table data_export (
    id             uuid        primary key,
    customer_id    uuid        not null references customer (id),
    status         varchar(10) not null check (status in ('RUNNING', 'READY', 'FAILED')),
    items_total    integer     not null default 0 check (items_total >= 0),
    items_done     integer     not null default 0 check (items_done >= 0),
    requested_at   timestamptz not null,
    updated_at     timestamptz not null,
    expires_at     timestamptz not null,
    json_sealed    text,
    pdf_sealed     text,
    check ((status = 'READY') = (json_sealed is not null and pdf_sealed is not null)),
    check (expires_at > requested_at)
);
-- One export at a time per customer, on every instance.
create unique index data_export_one_running_idx on data_export (customer_id) where status = 'RUNNING';
create index data_export_customer_idx on data_export (customer_id, requested_at desc);
create index data_export_expires_idx on data_export (expires_at);

-- The application's role gets this table through V6's default privileges already; granted here
-- too, so the grant does not depend on which role ran V6 (nothing to do when the application's
-- role runs the migrations itself).
do $$
declare
    app text := '${app_role}';
begin
    if app = current_user then
        return;
    end if;
    execute format('grant select, insert, update, delete on data_export to %I', app);
end
$$;
