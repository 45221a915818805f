-- Whether a metric's values may be added up across councils (counts, sums of money): a successor's
-- time series then shows the total of its predecessors' values. Null: they may not (rates, percentages).
alter table metric add column aggregation varchar(16);
