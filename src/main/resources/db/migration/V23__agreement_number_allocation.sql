-- The agreement number a case was given (issue #16): allocated in a short transaction of its own, so
-- the counter row's lock is held for one update and one insert, not for the whole agreement job (the
-- PDF's rendering: a second agreement waited for it, and on H2 timed out). A job that fails after
-- the allocation and runs again finds its case's number here and uses it, so numbers stay gap-free
-- except for a case whose agreement never gets stored.
create table agreement_number_allocation (
    case_number      varchar(40) not null primary key,
    agreement_number varchar(60) not null unique,
    allocated_at     timestamp   not null
);

-- the numbers already given
insert into agreement_number_allocation (case_number, agreement_number, allocated_at)
select d.case_number, min(d.agreement_number), min(d.created_at)
from agreement_document d
where d.agreement_number is not null
group by d.case_number;
