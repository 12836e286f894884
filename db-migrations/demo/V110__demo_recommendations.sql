-- Product recommendations (issue 21, item 2): products, their published articles, and ground truth.
--   Chloé (en)  foreign-spending/1: 9 card payments in EUR on her GBP account in the last 3 months
--               idle-balance/1: her current account holds 9,000.00 (no savings account)
--   Alice (en)  holds the Savings Account: never offered it although her balance is large
--   Dana (de)   a new customer (no sign-in; fairness data only), account opened 60 days ago
-- Seeded decisions for the fairness report: Alice declined the travel card, Bastian accepted the
-- savings account, Dana was offered the travel card and has not decided.
insert into kb_article (id, slug, language, version, intent, title, body, status, edited_by, edited_at, published_by, published_at) values
    ('c0000000-0000-4000-8000-000000000101', 'travel-card', 'en', 1, null, 'The Travel card',
     'The Travel card is a debit card without foreign fees: payments and withdrawals in other currencies are converted at the reference rate with no surcharge. It costs nothing for customers with a Current Account.',
     'PUBLISHED', 'demo', now(), 'demo', now()),
    ('c0000000-0000-4000-8000-000000000102', 'travel-card', 'de', 1, null, 'Die Reisekarte',
     'Die Reisekarte ist eine Debitkarte ohne Auslandsgebühren: Zahlungen und Abhebungen in anderen Währungen werden zum Referenzkurs ohne Aufschlag umgerechnet. Für Kundinnen und Kunden mit Girokonto ist sie kostenlos.',
     'PUBLISHED', 'demo', now(), 'demo', now()),
    ('c0000000-0000-4000-8000-000000000103', 'index-fund-plan', 'en', 1, null, 'Index fund savings plan',
     'A monthly savings plan in index funds. An investment product: we offer it only after a suitability assessment with a member of staff.',
     'PUBLISHED', 'demo', now(), 'demo', now());

insert into product_rule (product_code, category, held_as, min_customer_days, article_slug) values
    ('travel-card', 'CARD', 'Travel Card', 90, 'travel-card'),
    ('savings-account', 'SAVINGS', 'Savings Account', 0, 'savings-interest'),
    ('index-fund-plan', 'INVESTMENT', 'Index Fund Plan', 0, 'index-fund-plan');

insert into account_transaction (account_id, booked_on, amount, currency, counterparty, category, reference)
select 'b0000000-0000-4000-8000-000000000031', current_date - 5 - 9 * k, -(14.50 + 1.25 * k), 'EUR',
       'Café ' || k, 'eating_out', 'Card payment'
from generate_series(0, 8) as k;

update account set balance = 9000.00 where id = 'b0000000-0000-4000-8000-000000000031';

insert into customer (id, customer_number, idp_subject, display_name, preferred_language) values
    ('a0000000-0000-4000-8000-000000000004', '100004', 'c0ffee00-0000-4000-8000-0000000000d4', 'Dana Dietrich', 'de');
insert into account (id, customer_id, iban, product_name, currency, balance, opened_on) values
    ('b0000000-0000-4000-8000-000000000041', 'a0000000-0000-4000-8000-000000000004', 'DE02120300000000202051', 'Girokonto', 'EUR', 500.00, current_date - 60);

insert into recommendation_offer (customer_id, product_code, rule_version, offered_at, decision, decided_at) values
    ('a0000000-0000-4000-8000-000000000001', 'travel-card', 'foreign-spending/1', now(), 'DECLINED', now()),
    ('a0000000-0000-4000-8000-000000000002', 'savings-account', 'idle-balance/1', now(), 'ACCEPTED', now()),
    ('a0000000-0000-4000-8000-000000000004', 'travel-card', 'foreign-spending/1', now(), null, null);
