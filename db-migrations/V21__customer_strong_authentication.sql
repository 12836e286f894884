-- PSD2 RTS Art. 10: account information is served at password level only while the customer's last
-- strong authentication (a token at acr mfa) is at most 180 days old. One row per customer, by the
-- identity provider's subject (pseudonymous); the time only moves forward.
create table customer_strong_authentication (
    subject  varchar(100) primary key,
    last_at  timestamptz  not null
);
