-- Standing orders and direct debits of the demo customers (invented; creditor identifiers and
-- mandate references made up in the SEPA format). First payments relative to the migration's day.
insert into standing_order (id, account_id, payee_id, amount, currency, rhythm, first_payment_on, reference) values
    -- Alice: rent to Hausverwaltung Klein on the 3rd, pocket money to Mia Schmidt weekly.
    ('e0000000-0000-4000-8000-000000000011', 'b0000000-0000-4000-8000-000000000011', 'd0000000-0000-4000-8000-000000000001',
     980.00, 'EUR', 'MONTHLY', (date_trunc('month', current_date) - interval '5 months' + interval '2 days')::date, 'Rent'),
    ('e0000000-0000-4000-8000-000000000012', 'b0000000-0000-4000-8000-000000000011', 'd0000000-0000-4000-8000-000000000002',
     25.00, 'EUR', 'WEEKLY', current_date - 60, 'Pocket money'),
    -- Bastian: Lena Becker monthly on the 1st, Stadtwerke quarterly.
    ('e0000000-0000-4000-8000-000000000021', 'b0000000-0000-4000-8000-000000000021', 'd0000000-0000-4000-8000-000000000004',
     150.00, 'EUR', 'MONTHLY', (date_trunc('month', current_date) - interval '3 months')::date, 'Taschengeld'),
    ('e0000000-0000-4000-8000-000000000022', 'b0000000-0000-4000-8000-000000000021', 'd0000000-0000-4000-8000-000000000003',
     240.00, 'EUR', 'QUARTERLY', (date_trunc('month', current_date) - interval '2 months' + interval '14 days')::date, 'Abschlag Strom');

insert into direct_debit_mandate (id, account_id, creditor_name, creditor_id, mandate_reference, category, signed_on,
                                  last_amount, last_currency, last_collected_on) values
    -- Alice: a gym, streaming and electricity.
    ('f0000000-0000-4000-8000-000000000011', 'b0000000-0000-4000-8000-000000000011', 'PureGym Köln', 'DE98ZZZ09999999991',
     'PG-2023-004411', 'fitness', date '2023-02-01', 24.99, 'EUR', (date_trunc('month', current_date) + interval '4 days')::date - interval '1 month'),
    ('f0000000-0000-4000-8000-000000000012', 'b0000000-0000-4000-8000-000000000011', 'Netflix', 'NL06ZZZ123456780000',
     'NFX-7781-2209', 'streaming', date '2021-05-14', 12.99, 'EUR', (date_trunc('month', current_date) + interval '14 days')::date - interval '1 month'),
    ('f0000000-0000-4000-8000-000000000013', 'b0000000-0000-4000-8000-000000000011', 'Stadtwerke', 'DE27ZZZ00000562401',
     'SW-100001-01', 'utilities', date '2019-03-01', 84.50, 'EUR', (date_trunc('month', current_date) + interval '9 days')::date - interval '1 month'),
    -- Bastian: a Fitnessstudio, insurance, and a new mobile contract with nothing debited yet.
    ('f0000000-0000-4000-8000-000000000021', 'b0000000-0000-4000-8000-000000000021', 'FitX Fitnessstudio', 'DE98ZZZ09999999992',
     'FX-88213-2024', 'fitness', date '2024-01-15', 29.90, 'EUR', (date_trunc('month', current_date) + interval '1 day')::date - interval '1 month'),
    ('f0000000-0000-4000-8000-000000000022', 'b0000000-0000-4000-8000-000000000021', 'HUK-Coburg Versicherung', 'DE63ZZZ00000012345',
     'HUK-4471-0093', 'insurance', date '2018-02-01', 45.00, 'EUR', (date_trunc('month', current_date))::date - interval '1 month'),
    ('f0000000-0000-4000-8000-000000000023', 'b0000000-0000-4000-8000-000000000021', 'Telekom Mobilfunk', 'DE11ZZZ00000077777',
     'TM-5512-7701', 'telecom', current_date - 10, null, null, null);
