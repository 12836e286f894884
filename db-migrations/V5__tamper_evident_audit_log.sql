-- Tamper-evident audit log (RFC 9162 Merkle tree over audit_event). Events are written in the
-- business transaction together with a row in audit_pending (a work queue, the only table here
-- that allows DELETE); a single sequencer at a time (PostgreSQL advisory lock) gives each pending
-- event the next gapless leaf index, stores its leaf hash and the perfect-subtree hashes it
-- completes, and signs tree heads. Every table but the queue is append-only by trigger.

create table audit_pending (
    event_seq bigint primary key references audit_event (seq)
);

create table audit_leaf (
    leaf_index bigint primary key check (leaf_index >= 0),
    event_seq  bigint not null unique references audit_event (seq),
    leaf_hash  bytea  not null check (length(leaf_hash) = 32)
);

-- Hash of the perfect subtree covering leaves [node_index * 2^level, (node_index + 1) * 2^level).
create table audit_tree_node (
    level      smallint not null check (level between 1 and 62),
    node_index bigint   not null check (node_index >= 0),
    hash       bytea    not null check (length(hash) = 32),
    primary key (level, node_index)
);

create table audit_signing_key (
    key_id       varchar(32) primary key,
    public_key   bytea       not null check (length(public_key) = 32),
    first_used_at timestamptz not null
);

create table audit_tree_head (
    tree_size  bigint      primary key check (tree_size >= 0),
    root_hash  bytea       not null check (length(root_hash) = 32),
    signed_at  timestamptz not null,
    key_id     varchar(32) not null references audit_signing_key (key_id),
    signature  bytea       not null
);

do $$
declare
    t text;
begin
    foreach t in array array['audit_leaf', 'audit_tree_node', 'audit_tree_head', 'audit_signing_key'] loop
        execute format('create trigger %I before update or delete on %I for each row'
                       ' execute function audit_event_is_append_only()', t || '_append_only', t);
        execute format('create trigger %I before truncate on %I for each statement'
                       ' execute function audit_event_is_append_only()', t || '_no_truncate', t);
    end loop;
end
$$;

-- Events written before this migration join the log in their order.
insert into audit_pending (event_seq) select seq from audit_event;

-- Search in the compliance console.
create index audit_event_type_occurred_idx on audit_event (event_type, occurred_at);
