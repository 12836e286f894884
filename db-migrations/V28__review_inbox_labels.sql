-- The review inbox's decisions (issue 19, item 2): a reviewer labels a customer's turn with an
-- intent (it becomes a candidate training row), dismisses it, or rewrites it without personal data
-- (a STAFF_WRITTEN row that needs no customer's consent). A turn's row keeps no text: its masked text
-- is read from the message when a dataset version is cut, and only if the customer then consents to
-- improving the assistant and was not erased. Retention deleting the message deletes the decision.
create table review_label (
    id            uuid          primary key,
    message_id    uuid          unique references conversation_message (id) on delete cascade,
    -- The staff correction a STAFF_CORRECTION row confirms (no foreign key: erasure and retention
    -- delete corrections; the reference stays the row's lineage).
    correction_id uuid,
    source        varchar(30)   not null
        check (source in ('REVIEWED_TURN', 'STAFF_CORRECTION', 'STAFF_WRITTEN')),
    status        varchar(12)   not null check (status in ('APPROVED', 'DISMISSED', 'REWRITTEN')),
    language      varchar(8)    not null,
    intent        varchar(80),
    text          varchar(2000),
    decided_by    varchar(100)  not null,
    decided_at    timestamptz   not null,
    check ((source = 'STAFF_WRITTEN') = (text is not null)),
    check ((source = 'STAFF_WRITTEN') = (message_id is null)),
    check ((status = 'APPROVED') = (intent is not null))
);
create index review_label_approved_idx on review_label (decided_at, id) where status = 'APPROVED';

do $$
declare
    app text := '${app_role}';
begin
    if app = current_user then
        return;
    end if;
    execute format('grant select, insert, update, delete on review_label to %I', app);
end
$$;
