-- Optimistic locking: every row a person edits carries the version its editor loaded, and who
-- saved it last and when, so a save made from an older version is refused and the refusal can say
-- who changed it. Version 0 is "not saved yet": a score created from nothing is saved from 0.

alter table assessment add column row_version integer default 1 not null;
alter table assessment add column changed_by varchar(200);
alter table assessment add column changed_at timestamp;

alter table theme_score add column row_version integer default 1 not null;
alter table theme_score add column changed_by varchar(200);
alter table theme_score add column changed_at timestamp;

alter table criterion_score add column row_version integer default 1 not null;
alter table criterion_score add column changed_by varchar(200);
alter table criterion_score add column changed_at timestamp;

alter table evidence add column row_version integer default 1 not null;
alter table evidence add column changed_by varchar(200);
alter table evidence add column changed_at timestamp;

alter table assessment_action add column row_version integer default 1 not null;
alter table assessment_action add column changed_by varchar(200);
alter table assessment_action add column changed_at timestamp;

alter table report_draft add column row_version integer default 1 not null;
alter table report_draft add column changed_by varchar(200);

alter table authority_settings add column row_version integer default 1 not null;
alter table authority_settings add column changed_by varchar(200);

alter table comparison_group add column row_version integer default 1 not null;
alter table comparison_group add column changed_by varchar(200);
alter table comparison_group add column changed_at timestamp;

alter table metric add column row_version integer default 1 not null;
alter table metric add column changed_by varchar(200);
alter table metric add column changed_at timestamp;
