-- Nearest-neighbour sets: published lists (ONS, CIPFA, a council's own) and the lists our own model computes.

create table neighbour_set (
    set_key     varchar(80)   not null primary key,  -- how URLs and the API name it, e.g. ons-global
    name        varchar(200)  not null,
    publisher   varchar(300),
    licence     varchar(200),
    source      varchar(1000),
    method      varchar(4000),
    edition     varchar(40),                          -- the year or version the publisher gives
    computed    boolean       not null,               -- true for lists our own model made
    saved_at    timestamp     not null
);

-- One neighbour of one authority in a set. A neighbour outside the register (a Welsh or Scottish
-- council in ONS's UK-wide lists) is kept and marked, never dropped.
create table neighbour (
    set_key        varchar(80)      not null references neighbour_set (set_key) on delete cascade,
    authority_code varchar(9)       not null references authority (code),
    rank           integer          not null,
    neighbour_code varchar(9)       not null,
    distance       double precision,
    outside        boolean          not null,
    primary key (set_key, authority_code, rank)
);

create index neighbour_authority_idx on neighbour (authority_code, set_key);

-- The standardised contextual indicators a computed set was made from, per authority: the figure
-- used, where it came from (published, or aggregated from the authority's districts or
-- predecessors), and its z-score within the pool it was compared in. They explain every list.
create table neighbour_indicator (
    set_key        varchar(80)      not null references neighbour_set (set_key) on delete cascade,
    authority_code varchar(9)       not null references authority (code),
    indicator      varchar(60)      not null,
    raw_value      double precision not null,
    z_score        double precision not null,
    derivation     varchar(300)     not null,
    primary key (set_key, authority_code, indicator)
);
