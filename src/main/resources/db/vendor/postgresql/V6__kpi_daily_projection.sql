-- KPI report (GET /api/reports/kpi) on PostgreSQL: a daily projection of the case register, so a
-- full year of a million-case register is answered in well under 200 ms (docs/reporting-benchmark.md).
--
--   kpi_daily      per acceptance day and breakdown key (channel, dispute type, mediator pool,
--                  mediator): cases, workers, agreements, performed on the spot, amount recovered.
--                  The month breakdown and the totals are sums of its channel rows.
--   kpi_dirty_day  days whose cases changed since kpi_daily was last brought up to date. Triggers on
--                  case_register append to it (never update shared rows, so writers never wait on
--                  each other here); KpiService recomputes those days from the register before it
--                  answers (cn.onedoor.reporting.DailyKpiProjection).
--
-- Distinct employers cannot be added up from days: they are counted from the register itself,
-- through the narrow index on (accepted_on, employer_credit_code), which also replaces the index
-- on accepted_on alone.
--
-- H2 (the demo database) has no projection and reads the register directly (db/vendor/h2).

create index ix_case_register_accepted_employer on case_register (accepted_on, employer_credit_code);
drop index if exists ix_case_register_accepted;

create table kpi_daily (
    accepted_on   date          not null,
    breakdown     varchar(20)   not null,
    breakdown_key varchar(64)   not null,
    cases         integer       not null,
    workers       bigint        not null,
    agreements    integer       not null,
    on_the_spot   integer       not null,
    amount        decimal(16,2) not null,
    primary key (accepted_on, breakdown, breakdown_key)
);

create table kpi_dirty_day (
    accepted_on date not null
);

-- inserts and deletes: the days of the rows added or removed (one statement, however many rows)
create function kpi_mark_days_of_new_rows() returns trigger language plpgsql as $$
begin
  insert into kpi_dirty_day (accepted_on) select distinct accepted_on from new_rows where accepted_on is not null;
  return null;
end $$;

create function kpi_mark_days_of_old_rows() returns trigger language plpgsql as $$
begin
  insert into kpi_dirty_day (accepted_on) select distinct accepted_on from old_rows where accepted_on is not null;
  return null;
end $$;

-- updates of a column the report reads: the day before and the day after
create function kpi_mark_days_of_changed_row() returns trigger language plpgsql as $$
begin
  if old.accepted_on is not null then
    insert into kpi_dirty_day (accepted_on) values (old.accepted_on);
  end if;
  if new.accepted_on is not null and new.accepted_on is distinct from old.accepted_on then
    insert into kpi_dirty_day (accepted_on) values (new.accepted_on);
  end if;
  return null;
end $$;

create function kpi_forget_all_days() returns trigger language plpgsql as $$
begin
  delete from kpi_daily;
  delete from kpi_dirty_day;
  return null;
end $$;

create trigger kpi_case_added after insert on case_register
    referencing new table as new_rows for each statement execute function kpi_mark_days_of_new_rows();
create trigger kpi_case_removed after delete on case_register
    referencing old table as old_rows for each statement execute function kpi_mark_days_of_old_rows();
create trigger kpi_case_changed
    after update of accepted_on, channel, dispute_type, mediator_pool, mediator_id, worker_count, agreement_on,
        performed_on_the_spot, agreed_amount on case_register
    for each row
    when ((old.accepted_on, old.channel, old.dispute_type, old.mediator_pool, old.mediator_id, old.worker_count,
           old.agreement_on, old.performed_on_the_spot, old.agreed_amount)
          is distinct from
          (new.accepted_on, new.channel, new.dispute_type, new.mediator_pool, new.mediator_id, new.worker_count,
           new.agreement_on, new.performed_on_the_spot, new.agreed_amount))
    execute function kpi_mark_days_of_changed_row();
create trigger kpi_register_truncated after truncate on case_register
    for each statement execute function kpi_forget_all_days();

-- the register as it stands: every day with accepted cases is brought up to date on the first report
insert into kpi_dirty_day (accepted_on) select distinct accepted_on from case_register where accepted_on is not null;
