-- The mediation agreement numbered once (调解协议书编号, e.g. 劳调协〔2026〕第12号): one counter per
-- centre (its number prefix) and year, allocated under the counter row's lock, so two cluster nodes
-- never hand out the same number; the number stays with the case's agreement when it is regenerated.
alter table agreement_document add column agreement_number varchar(60);

create table agreement_number_counter (
    centre      varchar(40) not null,
    agreed_year integer     not null,
    last_number integer     not null,
    primary key (centre, agreed_year)
);

-- What each worker (case_party applicant, by seq) is paid under the agreement; the amounts add up to
-- agreement_document.agreed_amount. Names and identity numbers stay in case_party.
create table agreement_worker_amount (
    document_id varchar(40)   not null references agreement_document (id),
    case_number varchar(40)   not null,
    party_seq   integer       not null,
    amount      decimal(14,2) not null,
    primary key (document_id, party_seq)
);
create index ix_agreement_worker_amount_case on agreement_worker_amount (case_number);

-- The stored text lists every worker's amount: a collective agreement of many workers needs room.
alter table agreement_document alter column body set data type varchar(200000);

-- 确认协议履行: the amount actually paid (partly performed: more than 0 and less than the agreed
-- amount; fully: the agreed amount; not performed: 0). Null until the performance is confirmed,
-- and for agreements performed on the spot (the agreed amount then).
alter table case_register add column performed_amount decimal(14,2);
