-- kpi_turn_figures (V38) took a conversation's first assistant reply to be the first ASSISTANT
-- row inserted after its first CUSTOMER row. Since a chat turn writes its conversation in one
-- flush, the customer's message and the assistant's reply arrive in the same flush, and
-- EclipseLink inserts new rows of one entity in no fixed order (its change set keeps them in an
-- identity hash map): when the reply came first, the first-reply time was never set.
-- Now the first reply is the earliest assistant message written at or after the first customer
-- message, whichever row arrives first:
-- - an assistant row counts if a customer row is already there and it is not older than it (a
--   greeting written before the customer's message never counts) and it is earlier than the
--   first reply recorded so far;
-- - the conversation's first customer row looks for assistant rows of its own flush, which follow
--   it in seq: an index range read of the rows after it, once a conversation, never of the
--   transcript before it (TranscriptReadIT).
-- Both ways an assistant message counts only if it is not older than the customer's first message.
-- Every other figure already was independent of the order.
create or replace function kpi_turn_figures() returns trigger
    language plpgsql as
$$
declare
    earlier      record;
    turns        integer := 0;
    not_under    integer := 0;
    out_scope    integer := 0;
    frustrated   integer := 0;
    conf         numeric := 0;
    reply_at     timestamptz;
begin
    if new.author = 'CUSTOMER' and new.intent is not null then
        turns := 1;
        not_under := case when new.outcome = 'NOT_UNDERSTOOD' then 1 else 0 end;
        out_scope := case when new.out_of_scope then 1 else 0 end;
        frustrated := case when new.frustration >= 0.5 then 1 else 0 end;
        conf := coalesce(new.confidence, 0);
    end if;
    if tg_op = 'UPDATE' and old.author = 'CUSTOMER' and old.intent is not null then
        turns := turns - 1;
        not_under := not_under - case when old.outcome = 'NOT_UNDERSTOOD' then 1 else 0 end;
        out_scope := out_scope - case when old.out_of_scope then 1 else 0 end;
        frustrated := frustrated - case when old.frustration >= 0.5 then 1 else 0 end;
        conf := conf - coalesce(old.confidence, 0);
    end if;
    select first_intent, customer_id, started_at, intent_model_version, first_customer_at,
           first_assistant_reply_at, first_staff_reply_at
      into earlier
      from conversation where id = new.conversation_id;
    if new.author = 'ASSISTANT' and earlier.first_customer_at is not null
       and new.created_at >= earlier.first_customer_at
       and (earlier.first_assistant_reply_at is null
            or new.created_at < earlier.first_assistant_reply_at) then
        reply_at := new.created_at;
    elsif tg_op = 'INSERT' and new.author = 'CUSTOMER' and earlier.first_customer_at is null then
        select min(a.created_at) into reply_at
          from conversation_message a
         where a.conversation_id = new.conversation_id
           and a.seq > new.seq
           and a.author = 'ASSISTANT'
           and a.created_at >= new.created_at;
    end if;
    if turns <> 0 or not_under <> 0 or out_scope <> 0 or frustrated <> 0 or conf <> 0
       or (earlier.first_intent is null and new.author = 'CUSTOMER' and new.intent is not null)
       or (earlier.intent_model_version is null and new.intent_model_version is not null)
       or (earlier.first_customer_at is null and new.author = 'CUSTOMER')
       or reply_at is not null
       or (earlier.first_staff_reply_at is null and new.author = 'STAFF') then
        update conversation c
           set customer_turns = c.customer_turns + turns,
               not_understood_turns = c.not_understood_turns + not_under,
               out_of_scope_turns = c.out_of_scope_turns + out_scope,
               frustrated_turns = c.frustrated_turns + frustrated,
               confidence_sum = c.confidence_sum + conf,
               first_intent = coalesce(c.first_intent, case when new.author = 'CUSTOMER' then new.intent end),
               intent_model_version = coalesce(c.intent_model_version, new.intent_model_version),
               first_customer_at = coalesce(c.first_customer_at,
                                            case when new.author = 'CUSTOMER' then new.created_at end),
               first_assistant_reply_at = least(c.first_assistant_reply_at, reply_at), -- least skips nulls
               first_staff_reply_at = coalesce(c.first_staff_reply_at,
                   case when new.author = 'STAFF' then new.created_at end)
         where c.id = new.conversation_id;
    end if;
    if earlier.first_intent is null and new.author = 'CUSTOMER' and new.intent is not null then
        update conversation p
           set followed_up = true
         where p.customer_id = earlier.customer_id
           and p.first_intent = new.intent
           and p.started_at >= earlier.started_at - interval '24 hours'
           and p.started_at < earlier.started_at
           and p.id <> new.conversation_id
           and not p.followed_up;
    end if;
    return null;
end;
$$;

-- Conversations written while V38 ran with one flush per turn (commit a166ed6, which never passed
-- CI, so only development, demo and load-test databases) may lack their first-reply time: it is
-- filled in from their messages, by the same rule. Only conversations whose customer wrote and
-- that have no reply time are read.
with replies as (
    select c.id,
           (select min(a.created_at)
              from conversation_message a
             where a.conversation_id = c.id
               and a.author = 'ASSISTANT'
               and a.created_at >= c.first_customer_at
               and a.seq > (select min(q.seq) from conversation_message q
                             where q.conversation_id = c.id and q.author = 'CUSTOMER')) as reply_at
      from conversation c
     where c.first_customer_at is not null
       and c.first_assistant_reply_at is null)
update conversation c
   set first_assistant_reply_at = r.reply_at
  from replies r
 where c.id = r.id
   and r.reply_at is not null;
