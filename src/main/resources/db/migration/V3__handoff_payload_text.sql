-- hand-off payloads carry the agreement PDF (base64): no fixed length
alter table handoff alter column payload set data type text;
