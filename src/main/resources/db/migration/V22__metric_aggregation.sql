-- Whether a metric's values may be added up across councils (counts, sums of money): a successor's
-- time series then shows the total of its predecessors' values. Null: they may not (rates, percentages).
alter table metric add column aggregation varchar(16);

-- The shipped counts that existed before this column may be summed; a person may change it afterwards.
update metric set aggregation = 'sum' where metric_id in ('planning-non-major-decisions', 'planning-applications-decided') and generated = false;
