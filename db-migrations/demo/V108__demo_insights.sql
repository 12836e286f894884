-- Insights (issue 21): each kind occurs for a demo customer, with known ground truth, whatever day
-- the migration runs (dates relative to it). The detectors must find exactly these, and nothing in
-- the generated history of V100:
--   Alice (en)   PRICE_RISE       Spotify: 10.99 for five months, 12.99 four days ago
--   Alice (en)   DUPLICATE_CHARGE Zalando: 59.95 twice two days ago
--   Bastian (de) UNUSUAL_DEBIT    MediaMarkt (never paid there before): 1,249.00 three days ago
--   Bastian (de) LOW_BALANCE      his Girokonto holds 35.00 with the salary still to come
-- Alice's and Chloé's balances are raised so that no month's end makes their balance look short
-- (the forecast counts rent and a share of everyday spending until the salary on the 25th).
insert into account_transaction (account_id, booked_on, amount, currency, counterparty, category, reference)
select 'b0000000-0000-4000-8000-000000000011', current_date - 4 - 30 * k,
       case when k = 0 then -12.99 else -10.99 end, 'EUR', 'Spotify', 'entertainment', 'Subscription'
from generate_series(0, 5) as k;

insert into account_transaction (account_id, booked_on, amount, currency, counterparty, category, reference) values
    ('b0000000-0000-4000-8000-000000000011', current_date - 2, -59.95, 'EUR', 'Zalando', 'shopping', 'Card payment'),
    ('b0000000-0000-4000-8000-000000000011', current_date - 2, -59.95, 'EUR', 'Zalando', 'shopping', 'Card payment'),
    ('b0000000-0000-4000-8000-000000000021', current_date - 3, -1249.00, 'EUR', 'MediaMarkt', 'shopping', 'Card payment');

update account set balance = 35.00 where id = 'b0000000-0000-4000-8000-000000000021';
update account set balance = 4200.00 where id = 'b0000000-0000-4000-8000-000000000011';
update account set balance = 3100.00 where id = 'b0000000-0000-4000-8000-000000000031';
