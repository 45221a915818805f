-- A network's name and description, and what a member shared, are edited after they are made:
-- optimistic locking as on every editable row (a version, who saved it last and when).
alter table network add column row_version integer default 1 not null;
alter table network add column changed_by varchar(200);
alter table network add column changed_at timestamp;

alter table network_share add column row_version integer default 1 not null;
alter table network_share add column changed_by varchar(200);
alter table network_share add column changed_at timestamp;
