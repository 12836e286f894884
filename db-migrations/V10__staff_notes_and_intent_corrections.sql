-- Staff-only notes on a conversation (never shown to the customer; personal data masked, originals
-- not kept) and intent corrections: "the assistant thought X, it was Y", labelled data for
-- retraining, with the masked text the assistant classified.
create table conversation_note (
    id              uuid          primary key,
    conversation_id uuid          not null references conversation (id),
    author          varchar(100)  not null,
    body            varchar(4000) not null,
    created_at      timestamptz   not null
);
create index conversation_note_conversation_idx on conversation_note (conversation_id, created_at);

create table intent_correction (
    id               uuid          primary key,
    message_id       uuid          not null unique references conversation_message (id),
    conversation_id  uuid          not null references conversation (id),
    language         varchar(8)    not null,
    masked_text      varchar(4000) not null,
    predicted_intent varchar(64)   not null,
    corrected_intent varchar(64)   not null,
    corrected_by     varchar(100)  not null,
    corrected_at     timestamptz   not null
);
