-- Demo card self-service (invented): card products with their limit ranges, every demo card's
-- limits, a new card of Alice's that waits for activation, and the contacts of Alice and Bastian.
insert into card_product (code, name) values
    ('VISA_CLASSIC', 'Visa Classic'),
    ('MASTERCARD_STANDARD', 'Mastercard Standard'),
    ('GIROCARD', 'girocard'),
    ('VISA_CLASSIC_GBP', 'Visa Classic (GBP)');

insert into card_product_limit (product_code, limit_type, currency, min_amount, max_amount) values
    ('VISA_CLASSIC', 'DAILY_PAYMENTS', 'EUR', 100, 5000),
    ('VISA_CLASSIC', 'DAILY_WITHDRAWALS', 'EUR', 100, 1500),
    ('MASTERCARD_STANDARD', 'DAILY_PAYMENTS', 'EUR', 100, 4000),
    ('MASTERCARD_STANDARD', 'DAILY_WITHDRAWALS', 'EUR', 100, 1000),
    ('GIROCARD', 'DAILY_PAYMENTS', 'EUR', 100, 3000),
    ('GIROCARD', 'DAILY_WITHDRAWALS', 'EUR', 100, 2000),
    ('VISA_CLASSIC_GBP', 'DAILY_PAYMENTS', 'GBP', 100, 4000),
    ('VISA_CLASSIC_GBP', 'DAILY_WITHDRAWALS', 'GBP', 50, 800);

-- Alice's new Visa, sent to her and not yet activated.
insert into card (id, account_id, pan_last4, scheme, status, expires_on) values
    ('d0000000-0000-4000-8000-000000000013', 'b0000000-0000-4000-8000-000000000011', '7311', 'VISA', 'PENDING_ACTIVATION', date '2030-10-31');

update card set product_code = 'VISA_CLASSIC'
 where id in ('d0000000-0000-4000-8000-000000000011', 'd0000000-0000-4000-8000-000000000013');
update card set product_code = 'MASTERCARD_STANDARD' where id = 'd0000000-0000-4000-8000-000000000012';
update card set product_code = 'GIROCARD' where id = 'd0000000-0000-4000-8000-000000000021';
update card set product_code = 'VISA_CLASSIC_GBP' where id = 'd0000000-0000-4000-8000-000000000031';

-- Every card starts with the usual limits: payments 2,000 (GBP 1,500), withdrawals 500 (GBP 300).
insert into card_limit (card_id, limit_type, amount, currency)
select c.id, l.limit_type,
       case when l.currency = 'GBP' then (case l.limit_type when 'DAILY_PAYMENTS' then 1500 else 300 end)
            else (case l.limit_type when 'DAILY_PAYMENTS' then 2000 else 500 end) end,
       l.currency
from card c join card_product_limit l on l.product_code = c.product_code;

insert into customer_contact (customer_id, channel, value, verified_at) values
    ('a0000000-0000-4000-8000-000000000001', 'EMAIL', 'alice.andersen@example.com', timestamptz '2024-01-15 10:00:00+00'),
    ('a0000000-0000-4000-8000-000000000001', 'PHONE', '+49 151 55501010', timestamptz '2024-01-15 10:00:00+00'),
    ('a0000000-0000-4000-8000-000000000002', 'EMAIL', 'bastian.becker@example.de', timestamptz '2023-06-01 09:00:00+00'),
    ('a0000000-0000-4000-8000-000000000002', 'PHONE', '+49 30 5550 1234', timestamptz '2023-06-01 09:00:00+00');
