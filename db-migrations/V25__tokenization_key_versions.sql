-- Tokenization key rotation (issue 20, item 4). A format-preserving token has no room for a key
-- version, so the version stands beside it: on the protected value that keeps its original. Rows
-- written before this migration were tokenized under today's keys (keystore aliases
-- tokenization-ff1 / tokenization-hmac), which are version 1.
alter table protected_value add column token_key_version smallint default 1
    check (token_key_version >= 1);
-- Null: the token was masked by an erasure; no key stands behind it any more.
update protected_value set token_key_version = null
 where data_key_id in (select key_id from customer_data_key where destroyed_at is not null);
create index protected_value_token_key_idx on protected_value (token_key_version)
    where token_key_version is not null;

-- The life of each tokenization key version that was rotated to or destroyed. No key material:
-- keys live in the keystore. A destroyed version is never loaded again, even from a keystore that
-- still holds it (a restored keystore backup, an escrow copy).
create table tokenization_key_version (
    version               smallint     primary key check (version >= 1),
    rotation_started_at   timestamptz,
    rotation_started_by   varchar(100),
    rotation_completed_at timestamptz,
    destroyed_at          timestamptz,
    destroyed_by          varchar(100),
    check ((rotation_started_at is null) = (rotation_started_by is null)),
    check (rotation_completed_at is null or rotation_started_at is not null),
    check ((destroyed_at is null) = (destroyed_by is null))
);
