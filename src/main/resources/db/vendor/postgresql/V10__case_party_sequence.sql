-- A case has one or more applicant workers (issue 13): case_party is keyed by role and a sequence
-- within the role (1 for the first applicant and for the employer).
alter table case_party add column seq integer default 1 not null;
alter table case_party drop constraint case_party_pkey;
alter table case_party add primary key (case_number, party_role, seq);
