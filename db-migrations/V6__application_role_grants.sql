-- Role separation (run as the owner role, which owns every table): the application's role
-- (placeholder app_role, from TELLERLINE_DB_USER) may read and change business data, but may only
-- INSERT and SELECT the audit log; it cannot disable the append-only triggers, which needs the
-- owner. When migrations run as the application's own role (development without a separate
-- owner), there is nothing to grant and this does nothing.
do $$
declare
    app text := '${app_role}';
begin
    if app = current_user then
        return;
    end if;
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select on all sequences in schema public to %I', app);
    execute format('revoke update, delete, truncate on audit_event, audit_leaf, audit_tree_node,'
                   ' audit_tree_head, audit_signing_key from %I', app);
    execute format('revoke insert, update, delete, truncate on flyway_schema_history from %I', app);
    -- Tables of later migrations: business DML by default; audit tables revoke it themselves.
    execute format('alter default privileges in schema public'
                   ' grant select, insert, update, delete on tables to %I', app);
    execute format('alter default privileges in schema public grant usage, select on sequences to %I', app);
end
$$;
