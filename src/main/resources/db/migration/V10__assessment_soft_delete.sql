-- A deleted assessment is kept, hidden from lists, until an authority admin restores it.
alter table assessment add column deleted_at timestamp;
