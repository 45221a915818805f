-- A reviewer's agreement with a theme's score: who and when. A new score clears it.
create table theme_review (
    assessment_id bigint       not null references assessment (id) on delete cascade,
    theme_id      bigint       not null references theme (id),
    reviewer      varchar(200) not null,
    reviewed_on   date         not null,
    primary key (assessment_id, theme_id)
);
