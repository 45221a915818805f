-- Values are kept as the decimals they were published as (27.7, never 27.700000000000003).
-- Twelve decimal places hold every published figure seen (Oflog writes up to twelve); more is rounded
-- on import, and a metric may say it is published to fewer places (its "decimals").
alter table metric_value alter column amount set data type numeric(38, 12);

-- Metrics are data a user adds: the precision they are published at, a link to the source, and notes
-- (caveats) shown beside them.
alter table metric add column decimals integer;
alter table metric add column url varchar(1000);
alter table metric add column notes varchar(4000);
