-- Periods are no longer only financial years: "24 months to 2025-09-30" and "September 2025" need room.
alter table metric_value alter column period set data type varchar(40);
