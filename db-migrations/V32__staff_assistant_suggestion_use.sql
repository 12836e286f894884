-- The staff assistant (issue 21, item 3): which suggested reply a member of staff inserted and sent,
-- and whether she edited it first: the next training signal for the suggestions. Ids only: no text,
-- no personal data (source_ref is an article id or an earlier staff reply's message id). No foreign
-- keys, so that retention and erasure of conversations are not held up by this record.
create table suggestion_use (
    id              uuid         primary key,
    conversation_id uuid         not null,
    message_id      uuid         not null,
    source          varchar(20)  not null check (source in ('ARTICLE', 'STAFF_REPLY')),
    source_ref      varchar(64)  not null,
    edited          boolean      not null,
    staff           varchar(100) not null,
    used_at         timestamptz  not null
);
create index suggestion_use_used_at_idx on suggestion_use (used_at);

-- Suggestions look up the staff replies sent since the last look (per instance): only staff
-- messages are indexed.
create index conversation_message_staff_reply_idx on conversation_message (created_at)
    where author = 'STAFF';

-- As V23: granted here too, so the grant does not depend on which role ran V6.
do $$
declare
    app text := '${app_role}';
begin
    if app = current_user then
        return;
    end if;
    execute format('grant select, insert on suggestion_use to %I', app);
end
$$;
