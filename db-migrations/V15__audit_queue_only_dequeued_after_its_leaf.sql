-- Every event becomes a leaf (issue 17). The application's role could DELETE rows of audit_pending,
-- the queue of events waiting for their leaf, and so keep an AI decision out of the Merkle tree for
-- good. It now may only add to and read the queue; the sequencer removes an entry through
-- audit_dequeue, which runs with the owner's rights and removes only entries whose event already has
-- its leaf. Placeholder app_role as in V6: when migrations run as the application's own role
-- (development without a separate owner) nothing is granted or revoked.
create function audit_dequeue(sequenced bigint[]) returns integer
    language sql
    security definer
    set search_path = public, pg_temp
as $$
    with removed as (
        delete from audit_pending p
        where p.event_seq = any(sequenced)
          and exists (select 1 from audit_leaf l where l.event_seq = p.event_seq)
        returning 1)
    select count(*)::integer from removed;
$$;

revoke all on function audit_dequeue(bigint[]) from public;

do $$
declare
    app text := '${app_role}';
begin
    if app = current_user then
        return;
    end if;
    execute format('revoke update, delete, truncate on audit_pending from %I', app);
    execute format('grant execute on function audit_dequeue(bigint[]) to %I', app);
end
$$;
