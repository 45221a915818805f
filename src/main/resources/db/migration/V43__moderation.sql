-- Moderation: a reviewer's review of a theme is agreement, or a challenge (its text) until agreed;
-- an authority that moderates approves an assessment only when every theme is agreed.

alter table theme_review add column challenge varchar(4000);

create table authority_workflow (
    authority_code varchar(9)  primary key references authority (code),
    moderation     boolean     not null,
    updated_at     timestamp   not null
);
