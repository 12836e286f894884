-- Abuse resistance (issue 16): per-customer usage limits shared by every application instance.
-- usage_counter: one row per limit, subject (customer or conversation) and fixed time window,
-- counted with an atomic upsert, so two instances can never both let the last request through.
create table usage_counter (
    budget       text        not null,
    subject      text        not null,
    window_start timestamptz not null,
    used         integer     not null,
    primary key (budget, subject, window_start)
);
create index usage_counter_window on usage_counter (window_start);

-- The event streams a customer has open, on any instance. A stream's lease is deleted when it
-- ends; expires_at bounds a lease that an instance failed to delete (killed), as streams live only
-- minutes.
create table event_stream_lease (
    id          uuid        primary key,
    customer_id uuid        not null,
    expires_at  timestamptz not null
);
create index event_stream_lease_customer on event_stream_lease (customer_id);
