-- Where a booking came from, as a real core bank records it (issue 21, duplicate-charge/2): a card
-- payment carries its authorisation's time (the bank's local time, as on the statement) and the
-- reference the card scheme gave it; an acquirer that presents one authorisation twice repeats
-- that reference. A SEPA direct debit carries its mandate reference (as in direct_debit_mandate).
-- All nullable: transfers, old terminals and older bookings have none. A time and an authorisation
-- reference come together, and a booking is a card payment or a direct debit, never both.
alter table account_transaction
    add column authorised_at     timestamp(0),
    add column authorisation_ref varchar(35),
    add column mandate_reference varchar(35),
    add constraint account_transaction_authorisation_whole
        check ((authorised_at is null) = (authorisation_ref is null)),
    add constraint account_transaction_card_or_mandate
        check (authorisation_ref is null or mandate_reference is null);
