-- Requests that must take effect once, however often they arrive (issue 11).

-- POST /api/cases with an Idempotency-Key: one row per caller and key, written in the transaction of
-- the registration itself, so no case exists without its key and no key without its case. The
-- primary key lets only one of two racing requests (on two nodes) register; the other waits for it
-- and answers what it answered.
create table idempotent_request (
    caller         varchar(64)   not null,
    idempotency_key varchar(200) not null,
    request_sha256 varchar(64)   not null,
    response_status integer      not null,
    response_body  text          not null,
    created_at     timestamp with time zone not null,
    primary key (caller, idempotency_key)
);

-- signed callbacks of the court and the commission already applied: a callback sent again unchanged
-- (same system, path, timestamp and signature) within the signature's tolerance gets the first answer
-- and is not applied twice. Rows older than twice the tolerance can no longer match and are removed.
create table callback_receipt (
    receipt_key    varchar(64)   not null primary key,
    system         varchar(20)   not null,
    case_number    varchar(40)   not null,
    message        varchar(60)   not null,
    response_body  varchar(2000) not null,
    received_at    timestamp with time zone not null
);
create index ix_callback_receipt_received on callback_receipt (received_at);
