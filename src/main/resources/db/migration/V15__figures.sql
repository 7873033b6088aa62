-- The pilot a resettlement was run as (试点), which the yearbook entry names.
alter table land_resettlement add column pilot varchar(100);
alter table land_resettlement_aud add column pilot varchar(100);
