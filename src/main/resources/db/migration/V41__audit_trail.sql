-- The append-only audit trail. Each entry's hash is SHA-256 over its canonical form, which includes
-- the previous entry's hash, so editing, deleting or reordering rows breaks the chain.
create table audit_entry (
    seq            bigint        primary key,
    at             varchar(30)   not null,   -- ISO-8601 instant in UTC, exactly as hashed
    actor_kind     varchar(20)   not null,
    actor_id       bigint,
    actor_name     varchar(200)  not null,
    authority_code varchar(9),
    entity         varchar(60)   not null,
    entity_id      varchar(100)  not null,
    action         varchar(60)   not null,
    before_json    text,
    after_json     text,
    prev_hash      varchar(64)   not null,
    hash           varchar(64)   not null
);

create index audit_entry_authority_idx on audit_entry (authority_code, seq);
create index audit_entry_entity_idx on audit_entry (entity, entity_id);

-- One row: the sequence number and hash of the latest entry. Appending updates it, which locks it
-- until the transaction ends, so entries are chained one at a time; deleting the newest entry is
-- detected because the head still names it.
create table audit_head (
    id             int           primary key,
    seq            bigint        not null,
    hash           varchar(64)   not null
);

insert into audit_head (id, seq, hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
