-- Where the demo bookings came from (V34; issue 21, duplicate-charge/2). Every card payment gets an
-- authorisation: a time on its booking day between 07:00 and 22:00 and a six-character reference,
-- both derived from the row (deterministic). Direct debits of Alice's mandates (V104) get their
-- mandate reference. Then the insight ground truth of V108 and one more case:
--   Alice (en)   DUPLICATE_CHARGE Zalando: 59.95 booked twice two days ago under ONE authorisation
--                (A93K2Q, three evenings ago): the acquirer presented it twice
--   Alice (en)   not a duplicate  Deutsche Bahn: 39.90 twice five days ago, authorised 07:42 and
--                18:15 under two references (there and back); rule 1's dates alone called it one
-- The balance is left as V108 set it (these bookings are in it).
update account_transaction
set authorised_at = booked_on + time '07:00' + (abs(hashtext(id::text || 'at')::bigint) % 54000) * interval '1 second',
    authorisation_ref = upper(substr(md5(id::text || 'authorisation'), 1, 6))
where reference = 'Card payment';

update account_transaction t
set mandate_reference = m.mandate_reference
from direct_debit_mandate m
where m.account_id = t.account_id and m.creditor_name = t.counterparty and t.amount < 0
  and t.authorisation_ref is null;

update account_transaction
set authorised_at = current_date - 3 + time '19:02:11', authorisation_ref = 'A93K2Q'
where account_id = 'b0000000-0000-4000-8000-000000000011' and counterparty = 'Zalando'
  and amount = -59.95 and booked_on = current_date - 2;

insert into account_transaction (account_id, booked_on, amount, currency, counterparty, category, reference,
                                 authorised_at, authorisation_ref) values
    ('b0000000-0000-4000-8000-000000000011', current_date - 5, -39.90, 'EUR', 'Deutsche Bahn', 'travel', 'Card payment',
     current_date - 5 + time '07:42:10', 'DB742K'),
    ('b0000000-0000-4000-8000-000000000011', current_date - 5, -39.90, 'EUR', 'Deutsche Bahn', 'travel', 'Card payment',
     current_date - 5 + time '18:15:37', 'DB815P');
