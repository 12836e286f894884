-- PSD2 RTS Art. 5 (dynamic linking): a payment-like pending action keeps the fingerprint (SHA-256,
-- base64url) of the payment its step-up must authorise; only a token carrying exactly that payment
-- performs it. Null for every other sensitive action.
alter table pending_action add column payment_binding varchar(64);
