-- Product recommendations (issue 21, item 2). The bank's products that rules may recommend, with
-- their eligibility held as data, each linked to the published knowledge-base article that
-- describes it (slug of kb_article). Investment products are never recommended (that would need a
-- suitability assessment): the category is stored and the application refuses INVESTMENT.
create table product_rule (
    product_code       varchar(40)  primary key check (product_code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    category           varchar(20)  not null check (category in ('CARD', 'SAVINGS', 'INVESTMENT')),
    held_as            varchar(100) not null,  -- account.product_name that means she holds it
    min_customer_days  integer      not null default 0 check (min_customer_days >= 0),
    article_slug       varchar(80)  not null,
    rule_version       integer      not null default 1 check (rule_version >= 1)
);

-- One row per customer and product once a recommendation was offered; her decision (accepted or
-- declined) is stored, and a decided product is never offered again. No amounts or merchants.
create table recommendation_offer (
    customer_id  uuid        not null references customer (id),
    product_code varchar(40) not null references product_rule (product_code),
    rule_version varchar(40) not null,
    offered_at   timestamptz not null,
    decision     varchar(10) check (decision in ('ACCEPTED', 'DECLINED')),
    decided_at   timestamptz,
    primary key (customer_id, product_code),
    check ((decision is null) = (decided_at is null))
);
