-- Signed callbacks of the court and the commission (issue 12, item 5), owned by cn.onedoor.referral.
-- One row per callback the case accepted: applied at once (state 'applied'), or kept because the case
-- was not yet waiting for it (state 'buffered') until the case reaches the wait state, then 'applied';
-- 'refused' when the case moved on so that it can never apply (last_error says why). The unique
-- (sender, dedup_key) applies a message once however often it is delivered: dedup_key is the sender's
-- messageId when the body names one, else the callback's signature receipt.
create table inbound_message (
    id                  varchar(36)   not null primary key,
    sender              varchar(20)   not null,
    dedup_key           varchar(64)   not null,
    case_number         varchar(40)   not null,
    message             varchar(60)   not null,
    message_name        varchar(60)   not null,
    payload             text          not null,
    received_at         timestamp with time zone not null,
    state               varchar(20)   not null,
    attempts            integer       not null,
    last_error          varchar(1000),
    applied_at          timestamp with time zone,
    process_instance_id varchar(64),
    constraint uq_inbound_message_dedup unique (sender, dedup_key)
);
create index ix_inbound_message_state on inbound_message (state, case_number);
