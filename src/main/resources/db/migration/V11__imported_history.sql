-- A centre's existing register, imported (POST /api/imports/cases, issue 13): the case's original
-- number (one import per number), when it was imported, and the parties' particulars a mediation
-- agreement names (address, legal representative; a worker's own claim).
alter table case_register add column original_case_number varchar(64);
alter table case_register add column imported_at timestamp with time zone;
create unique index ux_case_register_original_number on case_register (original_case_number);
create index ix_case_register_import_key on case_register (applicant_id_hash, employer_credit_code, received_on);

alter table case_party add column address varchar(200);
alter table case_party add column legal_representative varchar(50);
alter table case_party add column claim_amount decimal(14,2);
