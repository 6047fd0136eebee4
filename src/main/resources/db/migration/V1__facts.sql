-- The fact library. Plain SQL that runs on H2 and PostgreSQL alike: varchar, integer,
-- numeric, boolean; dates are stored as ISO text (YYYY, YYYY-MM or YYYY-MM-DD) because a
-- source or a meeting is often known only to the month or the year.
-- References between facts are foreign keys without cascade: a fact that is used cannot be
-- removed. Ordered lists (owners, priorities, tags, hosts, speakers) live in child tables
-- that go with their parent.

create table organisation (
    id            varchar(64)    not null primary key,
    acronym       varchar(100),
    name          varchar(500)   not null,
    kind          varchar(200),
    parent_id     varchar(64)    references organisation (id),
    is_member     boolean        not null,
    member_since  varchar(10),
    url           varchar(2000),
    notes         varchar(10000)
);

create table person (
    id               varchar(64)    not null primary key,
    honorific        varchar(100),
    name             varchar(300)   not null,
    title            varchar(1000),
    organisation_id  varchar(64)    references organisation (id),
    email            varchar(320),
    bio              varchar(10000),
    notes            varchar(10000)
);

create index person_organisation on person (organisation_id);

create table priority_set (
    id           varchar(64)    not null primary key,
    title        varchar(500)   not null,
    valid_from   varchar(10)    not null,
    valid_until  varchar(10),
    source       varchar(1000),
    notes        varchar(10000)
);

create table priority_set_owner (
    set_id           varchar(64) not null references priority_set (id) on delete cascade,
    ordinal          integer     not null,
    organisation_id  varchar(64) not null references organisation (id),
    primary key (set_id, ordinal)
);

create index priority_set_owner_organisation on priority_set_owner (organisation_id);

create table priority_item (
    set_id     varchar(64)   not null references priority_set (id) on delete cascade,
    ordinal    integer       not null,
    item_text  varchar(2000) not null,
    primary key (set_id, ordinal)
);

create table statistic (
    id            varchar(64)    not null primary key,
    statement     varchar(2000)  not null,
    figure_value  numeric(24, 6),
    unit          varchar(100),
    source        varchar(1000),
    publisher     varchar(500),
    source_date   varchar(10)    not null,
    url           varchar(2000),
    notes         varchar(10000)
);

create table statistic_tag (
    statistic_id  varchar(64) not null references statistic (id) on delete cascade,
    ordinal       integer     not null,
    tag           varchar(64) not null,
    primary key (statistic_id, ordinal)
);

create table event (
    id            varchar(64)    not null primary key,
    title         varchar(500)   not null,
    kind          varchar(200),
    event_date    varchar(10)    not null,
    start_time    varchar(5),
    end_time      varchar(5),
    time_zone     varchar(64),
    venue         varchar(500),
    city          varchar(200),
    country       varchar(200),
    chair_id      varchar(64)    references person (id),
    moderator_id  varchar(64)    references person (id),
    margins_of    varchar(1000),
    series        varchar(64),
    notes         varchar(10000)
);

create index event_chair on event (chair_id);
create index event_moderator on event (moderator_id);

-- role: 'host' or 'co-chair'
create table event_organisation (
    event_id         varchar(64) not null references event (id) on delete cascade,
    org_role         varchar(20) not null,
    ordinal          integer     not null,
    organisation_id  varchar(64) not null references organisation (id),
    primary key (event_id, org_role, ordinal)
);

create index event_organisation_organisation on event_organisation (organisation_id);

create table event_speaker (
    event_id   varchar(64) not null references event (id) on delete cascade,
    ordinal    integer     not null,
    person_id  varchar(64) not null references person (id),
    primary key (event_id, ordinal)
);

create index event_speaker_person on event_speaker (person_id);

create table quote (
    id          varchar(64)    not null primary key,
    person_id   varchar(64)    not null references person (id),
    quote_text  varchar(10000) not null,
    said_on     varchar(10)    not null,
    occasion    varchar(1000),
    event_id    varchar(64)    references event (id),
    source      varchar(1000),
    notes       varchar(10000)
);

create index quote_person on quote (person_id);
create index quote_event on quote (event_id);

-- What `search` looks through: one row per fact, its text folded (lower case, no accents)
-- by Briefdesk itself, so that matching is the same on every database.
create table fact_search (
    kind    varchar(20)    not null,
    id      varchar(64)    not null,
    label   varchar(2000)  not null,
    folded  varchar(40000) not null,
    primary key (kind, id)
);
