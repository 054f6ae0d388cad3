-- Parties of a case registered live (issue 13): a collective dispute's elected representatives
-- (LDMAL art. 7: ten or more workers elect 2 to 5) and the agents (委托代理人) of either side, an
-- applicant's agent naming the applicant it acts for (that applicant's seq).
alter table case_party add column representative boolean default false not null;
alter table case_party add column represents_seq integer;

-- A notice to a side goes to each of its parties with a contact (every applicant, the employer's
-- contact, the agents): one row per addressee, naming the party it is for.
alter table notification add column party_role varchar(20);
alter table notification add column party_seq integer;
