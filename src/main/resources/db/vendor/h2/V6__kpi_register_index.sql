-- KPI report (GET /api/reports/kpi) on H2, the demo database: no projection (PostgreSQL has one,
-- db/vendor/postgresql); KpiService reads the register directly. The same index as on PostgreSQL:
-- the cases accepted in a period with their employers, replacing the index on accepted_on alone.

create index ix_case_register_accepted_employer on case_register (accepted_on, employer_credit_code);
drop index if exists ix_case_register_accepted;
