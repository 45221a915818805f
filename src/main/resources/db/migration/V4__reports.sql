-- Committee reports: the draft of each assessment's report, and each authority's report settings.
-- Both are documents (JSON) whose shape belongs to the report package; the tables only keep them.

create table report_draft (
    assessment_id bigint    not null primary key references assessment (id) on delete cascade,
    content       text      not null,
    updated_at    timestamp not null
);

create table authority_settings (
    authority_code varchar(9) not null primary key references authority (code),
    content        text       not null,
    updated_at     timestamp  not null
);
