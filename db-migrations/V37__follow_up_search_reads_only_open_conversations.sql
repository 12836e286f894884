-- A customer's first message in a conversation marks her earlier conversations on the same intent
-- within 24 hours as followed up (V30, kpi_turn_figures). The index it searched held all of her
-- conversations, so the search fetched every earlier one, already marked or not: a customer (or a
-- client) with thousands of conversations a day paid for each of them on every new conversation
-- (measured on the load harness's demo customers, 2,300 conversations on one intent: 34 ms for that
-- update). Only conversations not yet followed up can change, so only those are indexed (0.26 ms).
drop index conversation_customer_intent_idx;
create index conversation_open_follow_up_idx on conversation (customer_id, first_intent, started_at)
    where not followed_up;
