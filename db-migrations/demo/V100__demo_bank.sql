-- Demo bank: three customers whose ids match the users in realm-export/tellerline-realm.json.
-- Applied only when TELLERLINE_DEMO_DATA=true. Transactions are generated deterministically
-- (hash of account and day) over the 180 days before the migration runs.

insert into customer (id, customer_number, idp_subject, display_name, preferred_language) values
    ('a0000000-0000-4000-8000-000000000001', '100001', 'c0ffee00-0000-4000-8000-0000000000a1', 'Alice Andersen', 'en'),
    ('a0000000-0000-4000-8000-000000000002', '100002', 'c0ffee00-0000-4000-8000-0000000000b2', 'Bastian Becker', 'de'),
    ('a0000000-0000-4000-8000-000000000003', '100003', 'c0ffee00-0000-4000-8000-0000000000c3', 'Chloé Clarke', 'en');

insert into account (id, customer_id, iban, product_name, currency, balance, opened_on) values
    ('b0000000-0000-4000-8000-000000000011', 'a0000000-0000-4000-8000-000000000001', 'DE89370400440532013000', 'Current Account', 'EUR', 1520.00, date '2019-03-01'),
    ('b0000000-0000-4000-8000-000000000012', 'a0000000-0000-4000-8000-000000000001', 'DE62370400440532013001', 'Savings Account', 'EUR', 8200.00, date '2020-06-15'),
    ('b0000000-0000-4000-8000-000000000021', 'a0000000-0000-4000-8000-000000000002', 'DE44500105175407324931', 'Girokonto', 'EUR', 940.00, date '2018-01-10'),
    ('b0000000-0000-4000-8000-000000000031', 'a0000000-0000-4000-8000-000000000003', 'GB29NWBK60161331926819', 'Current Account', 'GBP', 2310.00, date '2021-09-01');

-- Card payments and direct debits on current accounts: one or two a day.
with merchant (idx, name, category, min_amount, max_amount) as (values
        (0, 'Lidl', 'groceries', 8, 95),
        (1, 'REWE', 'groceries', 5, 120),
        (2, 'Shell', 'fuel', 30, 90),
        (3, 'Amazon', 'shopping', 10, 250),
        (4, 'Deutsche Bahn', 'travel', 15, 140),
        (5, 'Café Central', 'eating_out', 4, 35),
        (6, 'Apotheke am Markt', 'health', 5, 60),
        (7, 'Zara', 'shopping', 20, 150),
        (8, 'Tesco', 'groceries', 6, 110),
        (9, 'Pizzeria Napoli', 'eating_out', 12, 48)),
     slot (account_id, currency, day, n) as (
        select a.id, a.currency, current_date - d, k
        from account a
        cross join generate_series(1, 180) as d
        cross join generate_series(1, 2) as k
        where a.id in ('b0000000-0000-4000-8000-000000000011', 'b0000000-0000-4000-8000-000000000021', 'b0000000-0000-4000-8000-000000000031')
          and (k = 1 or abs(hashtext(a.id::text || d::text || 'second')) % 3 = 0))
insert into account_transaction (account_id, booked_on, amount, currency, counterparty, category, reference)
select s.account_id, s.day,
       -round(m.min_amount + (abs(hashtext(s.account_id::text || s.day::text || s.n::text)) % 10000) / 10000.0
              * (m.max_amount - m.min_amount), 2),
       s.currency, m.name, m.category, 'Card payment'
from slot s
join merchant m on m.idx = abs(hashtext(s.account_id::text || s.day::text || s.n::text || 'merchant')) % 10;

-- Monthly salary, rent and subscriptions.
with month_start (d) as (
        select generate_series(date_trunc('month', current_date - 180), date_trunc('month', current_date), interval '1 month')::date)
insert into account_transaction (account_id, booked_on, amount, currency, counterparty, category, reference)
select a.id, b.booked_on, b.amount, a.currency, b.counterparty, b.category, b.reference
from account a
cross join month_start m
cross join lateral (values
        (m.d + 24, 3900.00, 'Northwind Traders GmbH', 'salary', 'Salary'),
        (m.d + 2, -980.00, 'Hausverwaltung Klein', 'rent', 'Rent'),
        (m.d + 14, -12.99, 'Netflix', 'entertainment', 'Subscription'),
        (m.d + 9, -84.50, 'Stadtwerke', 'utilities', 'Electricity')) as b (booked_on, amount, counterparty, category, reference)
where a.id in ('b0000000-0000-4000-8000-000000000011', 'b0000000-0000-4000-8000-000000000021', 'b0000000-0000-4000-8000-000000000031')
  and b.booked_on <= current_date;

-- Monthly transfer into savings.
insert into account_transaction (account_id, booked_on, amount, currency, counterparty, category, reference)
select 'b0000000-0000-4000-8000-000000000012', d::date, 150.00, 'EUR', 'Alice Andersen', 'savings', 'Monthly savings'
from generate_series(date_trunc('month', current_date - 180) + interval '27 days', current_date, interval '1 month') as d;

update account a
set balance = a.balance + coalesce((select sum(t.amount) from account_transaction t where t.account_id = a.id), 0);

insert into card (id, account_id, pan_last4, scheme, status, expires_on) values
    ('d0000000-0000-4000-8000-000000000011', 'b0000000-0000-4000-8000-000000000011', '4242', 'VISA', 'ACTIVE', date '2028-09-30'),
    ('d0000000-0000-4000-8000-000000000012', 'b0000000-0000-4000-8000-000000000011', '8431', 'MASTERCARD', 'BLOCKED', date '2027-04-30'),
    ('d0000000-0000-4000-8000-000000000021', 'b0000000-0000-4000-8000-000000000021', '5100', 'GIROCARD', 'ACTIVE', date '2029-01-31'),
    ('d0000000-0000-4000-8000-000000000031', 'b0000000-0000-4000-8000-000000000031', '1881', 'VISA', 'ACTIVE', date '2027-12-31');
