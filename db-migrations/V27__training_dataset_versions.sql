-- Versioned training data (issue 19, item 3). A dataset version is the shipped corpus (named by the
-- SHA-256 of its files; its rows are read from the build, not copied here) plus the rows added to it,
-- frozen: neither table is ever updated, and a version's content hash covers every row in order.
-- Rows hold no personal data: masked text of a consenting customer's turn, or staff-written text.
create table dataset_version (
    id                    uuid primary key,
    number                integer      not null unique,
    content_sha256        char(64)     not null,
    row_count             integer      not null check (row_count > 0),
    shipped_corpus_sha256 char(64)     not null,
    created_by            varchar(100) not null,
    created_at            timestamptz  not null,
    note                  varchar(500)
);

create table dataset_row (
    dataset_version_id uuid          not null references dataset_version (id),
    ordinal            integer       not null,
    language           varchar(8)    not null,
    intent             varchar(80)   not null,
    text               varchar(2000) not null,
    source             varchar(30)   not null,
    source_ref         varchar(200)  not null default '',
    primary key (dataset_version_id, ordinal)
);

create function dataset_is_frozen() returns trigger
    language plpgsql as $$
begin
    raise exception 'dataset versions are frozen: %', tg_table_name;
end
$$;
create trigger dataset_version_frozen before update on dataset_version
    for each row execute function dataset_is_frozen();
create trigger dataset_row_frozen before update on dataset_row
    for each row execute function dataset_is_frozen();
