-- The register of English local authorities, current and past.
-- Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.

create table authority (
    code            varchar(9)   not null primary key,  -- ONS GSS code, e.g. E07000135
    register_code   varchar(8)   not null unique,       -- mySociety's stable register code, e.g. OAD
    name            varchar(200) not null,
    official_name   varchar(300) not null,
    type            varchar(32)  not null,
    region_code     varchar(9),                          -- ONS region code, e.g. E12000004
    county_code     varchar(9),                          -- GSS code of the county council above a district
    population      integer,
    population_year integer,
    area_km2        numeric(10, 1),
    start_date      date,
    end_date        date
);

create index authority_type_idx on authority (type);
create index authority_region_idx on authority (region_code);

-- A past authority is succeeded by one or more others (a county split into two unitaries).
create table authority_successor (
    code           varchar(9) not null references authority (code) on delete cascade,
    successor_code varchar(9) not null references authority (code) on delete cascade,
    primary key (code, successor_code)
);

create index authority_successor_successor_idx on authority_successor (successor_code);
