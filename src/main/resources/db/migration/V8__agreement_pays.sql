-- What a mediation agreement pays (draft-agreement checklist agreementPays, comma-separated codes:
-- labour_remuneration, injury_medical_costs, economic_compensation, damages, other). LDMAL art. 16:
-- the payment order turns on it. Null for agreements made before this column existed.
alter table agreement_document add column pays varchar(200);
