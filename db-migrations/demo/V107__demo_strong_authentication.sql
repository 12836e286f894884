-- Demo customers count as strongly authenticated when the demo bank was loaded (as a real customer
-- is at enrolment), so the demo and the tests can use password sign-ins for account information
-- for 180 days (PSD2 RTS Art. 10, V21). A customer without such a row is asked for her one-time
-- code on her first request.
insert into customer_strong_authentication (subject, last_at)
select idp_subject, now() from customer;
