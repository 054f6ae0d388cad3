-- idempotent_request keeps an Idempotency-Key for onedoor.intake.idempotency-retention (7 days); the
-- delete of older keys reads this index instead of the whole table.
create index ix_idempotent_request_created on idempotent_request (created_at);
