-- Append-only record of AI decisions and privileged actions. The payload is JSON without raw PII.
-- Tamper evidence (hash chain / Merkle tree, signed heads) and separate owner roles come with the
-- audit capability; this trigger already makes changes and deletions fail.
create table audit_event (
    seq             bigint       generated always as identity primary key,
    id              uuid         not null unique,
    occurred_at     timestamptz  not null,
    event_type      varchar(60)  not null,
    actor           varchar(100) not null,
    conversation_id uuid,
    payload         text         not null
);
create index audit_event_occurred_idx on audit_event (occurred_at);
create index audit_event_conversation_idx on audit_event (conversation_id);

create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
