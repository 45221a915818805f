-- Why a theme's score changed since last year, in the officer's words, for the report.
alter table theme_score add column change_reason varchar(4000);

-- An action can be closed as superseded by another, besides completed (done) and dropped.
alter table assessment_action drop constraint action_status;
alter table assessment_action add constraint action_status
    check (status in ('not_started', 'in_progress', 'done', 'superseded', 'dropped'));
