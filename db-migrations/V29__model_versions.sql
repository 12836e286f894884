-- Intent model versions trained and released in the running system (issue 19, item 4). A version's
-- artifact is the model file tellerline-nlu writes (ModelArtifact), named by its SHA-256. At most one
-- version is LIVE (answers customers) and at most one in SHADOW (scores live turns without answering).
-- The shipped model is registered as the first LIVE version at start-up (dataset_version_id null).
create table model_version (
    id                   uuid primary key,
    version              varchar(60)  not null,
    status               varchar(12)  not null
        check (status in ('TRAINING', 'FAILED', 'CANDIDATE', 'SHADOW', 'LIVE', 'RETIRED', 'REJECTED')),
    dataset_version_id   uuid references dataset_version (id),
    training_data_sha256 char(64)     not null,
    artifact             bytea,
    artifact_sha256      char(64),
    trained_by           varchar(100) not null,
    created_at           timestamptz  not null,
    trained_at           timestamptz,
    progress             varchar(200) not null default '',
    evaluation           text,
    model_card           text,
    approved_by          varchar(100),
    approved_at          timestamptz,
    approval_id          uuid,
    live_since           timestamptz
);
create unique index model_version_one_live on model_version (status) where status = 'LIVE';
create unique index model_version_one_shadow on model_version (status) where status = 'SHADOW';
create unique index model_version_shipped on model_version (version) where dataset_version_id is null;

-- What a candidate in shadow said about a live turn, beside what the live model said: intents and
-- confidences only, never the message (neither text nor masked text is kept).
create table model_shadow_result (
    id                bigserial primary key,
    model_version_id  uuid             not null references model_version (id),
    live_version      varchar(60)      not null,
    language          varchar(8)       not null,
    live_intent       varchar(80)      not null,
    live_confidence   double precision not null,
    shadow_intent     varchar(80)      not null,
    shadow_confidence double precision not null,
    agreed            boolean          not null,
    scored_at         timestamptz      not null
);
create index model_shadow_result_model_idx on model_shadow_result (model_version_id, scored_at);
