-- Retention (issue 20): every run of the retention job is recorded (counts per data class), and the
-- columns it selects by age are indexed, so that a run deletes in small batches without scanning the
-- chat's tables. Deleting a conversation also checks the rows that refer to its messages and
-- values: those foreign keys get indexes too.

create table retention_run (
    id           uuid         primary key,
    started_at   timestamptz  not null,
    finished_at  timestamptz  not null,
    as_of        timestamptz  not null,
    dry_run      boolean      not null,
    started_by   varchar(100) not null,
    counts       varchar(2000) not null,  -- "class=count" pairs, comma-separated; no personal data
    complete     boolean      not null    -- false when the run stopped at its time limit
);
create index retention_run_started_idx on retention_run (started_at desc);

create index conversation_last_activity_idx on conversation (last_activity_at);
create index pending_action_created_idx on pending_action (created_at);
create index pending_action_result_message_idx on pending_action (result_message_id);
create index pii_reveal_revealed_idx on pii_reveal (revealed_at);
create index pii_reveal_value_idx on pii_reveal (protected_value_id);
create index conversation_note_created_idx on conversation_note (created_at);
create index intent_correction_corrected_idx on intent_correction (corrected_at);
create index intent_correction_conversation_idx on intent_correction (conversation_id);
create index event_stream_lease_expires_idx on event_stream_lease (expires_at);
create index protected_value_data_key_idx on protected_value (data_key_id);
create index customer_data_key_created_idx on customer_data_key (created_at) where destroyed_at is null;

do $$
declare
    app text := '${app_role}';
begin
    if app = current_user then
        return;
    end if;
    -- The record of retention runs is the application's own evidence: it may add to it, not change it.
    execute format('grant select, insert on retention_run to %I', app);
    execute format('revoke update, delete, truncate on retention_run from %I', app);
end
$$;
