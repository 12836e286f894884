-- Need-to-know (issue 17, item 3): a member of staff who opens something beyond her need-to-know
-- writes down why; the reason opens that one thing to her for a while (the audit log has the reason
-- once, with who and when). Target: 'conversation:<id>', 'customer:<id>' or 'all:*'.
create table staff_access_grant (
    id          uuid         primary key,
    staff       varchar(100) not null,
    resource    varchar(40)  not null,
    target      varchar(80)  not null,
    reason      varchar(300) not null,
    granted_at  timestamptz  not null,
    expires_at  timestamptz  not null
);
create index staff_access_grant_lookup_idx on staff_access_grant (staff, resource, target, expires_at);

-- Four eyes (issue 17, item 4): a request by one member of staff, decided by another (never the
-- requester, nor the one barred: an article's last editor). Kept, never deleted: the evidence of
-- who approved what. Subject and reason hold no personal data (customer pseudonyms, tokenized text).
create table approval (
    id            uuid         primary key,
    kind          varchar(40)  not null,
    subject       varchar(120) not null,
    reason        varchar(500),
    requested_by  varchar(100) not null,
    barred        varchar(100),
    requested_at  timestamptz  not null,
    expires_at    timestamptz  not null,
    state         varchar(12)  not null check (state in ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by    varchar(100),
    decided_at    timestamptz,
    version       bigint       not null default 0,
    constraint approval_four_eyes check (decided_by is null
        or (decided_by <> requested_by and decided_by is distinct from barred)),
    constraint approval_decided check ((state = 'PENDING') = (decided_by is null))
);
create index approval_pending_idx on approval (kind, state, requested_at);
