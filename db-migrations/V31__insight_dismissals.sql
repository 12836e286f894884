-- Insights for customers (issue 21): the consent is a purpose in customer_consent
-- ('PERSONAL_INSIGHTS'); insights themselves are computed on request and never stored. What is
-- stored is her dismissal of one, with her feedback (the detectors' quality signal), so that it is
-- not shown again. The insight id is a digest of what the insight is about, not its content.
create table insight_dismissal (
    customer_id  uuid        not null references customer (id),
    insight_id   char(16)    not null,
    kind         varchar(40) not null,
    rule_version varchar(40) not null,
    feedback     varchar(20) not null check (feedback in ('USEFUL', 'NOT_USEFUL', 'WRONG')),
    dismissed_at timestamptz not null,
    primary key (customer_id, insight_id)
);
