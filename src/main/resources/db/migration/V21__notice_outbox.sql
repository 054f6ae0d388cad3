-- Notices leave through an outbox (issue #16): the notification row itself is the message, queued in
-- the case's transaction; NoticeSender claims due rows with a conditional UPDATE (next_attempt_at is
-- both the due time and, once claimed, the lease's end; attempts fences a late result), sends with no
-- transaction open, and records sent, the next attempt, or failed (shown to supervisors).
-- Rows queued before this version have no next_attempt_at: their NoticeDelivery instance delivers them.
alter table notification add column attempts integer default 0 not null;
alter table notification add column next_attempt_at timestamp with time zone;
alter table notification add column last_error varchar(1000);
alter table notification add column failed_at timestamp with time zone;
create index ix_notification_due on notification (status, next_attempt_at);
