-- A turn must not read the whole transcript (issue 16): the conversation keeps how many messages it
-- has (the next message's sequence number) and whether the customer has written yet, instead of
-- counting its messages on every turn.
alter table conversation add column message_count integer not null default 0;
alter table conversation add column customer_wrote boolean not null default false;

update conversation c
   set message_count = coalesce((select max(m.seq) from conversation_message m
                                  where m.conversation_id = c.id), 0),
       customer_wrote = exists (select 1 from conversation_message m
                                 where m.conversation_id = c.id and m.author = 'CUSTOMER');
