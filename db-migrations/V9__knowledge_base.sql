-- Knowledge-base articles (issue 7): English and German, versioned. Staff edit drafts; a
-- supervisor publishes a version, which retires the previously published one of the same article
-- and language. The assistant answers FAQs from published articles only, citing slug and version.
create table kb_article (
    id           uuid         primary key,
    slug         varchar(80)  not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    language     varchar(8)   not null check (language in ('en', 'de')),
    version      integer      not null check (version >= 1),
    intent       varchar(64),
    title        varchar(200) not null,
    body         text         not null check (length(body) between 1 and 20000),
    status       varchar(12)  not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    edited_by    varchar(100) not null,
    edited_at    timestamptz  not null,
    published_by varchar(100),
    published_at timestamptz,
    unique (slug, language, version),
    check ((status = 'DRAFT') = (published_at is null))
);
create unique index kb_article_published_idx on kb_article (slug, language) where status = 'PUBLISHED';
create unique index kb_article_draft_idx on kb_article (slug, language) where status = 'DRAFT';
