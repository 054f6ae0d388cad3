-- The mediation agreement as signed and sealed: the PDF rendered when the agreement is made (see
-- docs/agreement-pdf.md). bytea is PostgreSQL's binary type; H2 2.x reads it as BINARY VARYING.
-- Null only for agreements made before this column existed.
alter table agreement_document add column pdf bytea;
