-- A saved comparison group belongs to the council whose editor saved it: only that council's editors
-- and admins (or the installation admin) may change or delete it. Groups saved before this, and
-- those the installation admin saves for everyone, have no owner: only the installation admin
-- changes them.
alter table comparison_group add column owner_authority varchar(9);
