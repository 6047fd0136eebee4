-- Who chairs when, newer editions of figures, and what a rolled-forward briefing still needs
-- someone to look at. Plain SQL that runs on H2 and PostgreSQL alike.

-- A chairpersonship: the organisations that chair (one) or co-chair (two or more) the
-- coordination body over a period, dates as ISO text like the priority sets' (valid_until
-- inclusive and optional). chair_role: 'chair' or 'co-chair'.
create table chairpersonship (
    id           varchar(64)    not null primary key,
    chair_role   varchar(20)    not null,
    valid_from   varchar(10)    not null,
    valid_until  varchar(10),
    source       varchar(1000),
    notes        varchar(10000),
    constraint chairpersonship_role check (chair_role in ('chair', 'co-chair'))
);

create table chairpersonship_organisation (
    chairpersonship_id  varchar(64) not null references chairpersonship (id) on delete cascade,
    ordinal             integer     not null,
    organisation_id     varchar(64) not null references organisation (id),
    primary key (chairpersonship_id, ordinal)
);

create index chairpersonship_organisation_organisation on chairpersonship_organisation (organisation_id);

-- A figure's newer edition (`stat supersede OLD NEW`): a briefing that uses the older one is
-- told the newer. No cascade: the newer edition cannot be removed while an older names it.
alter table statistic add column superseded_by varchar(64);

alter table statistic add constraint statistic_superseded_by foreign key (superseded_by) references statistic (id);

create index statistic_superseded_by on statistic (superseded_by);

-- The parts of a briefing marked for review when it was rolled forward from the last one of
-- its series (`event next`): one row a part (title, event, panelists, programme, priorities,
-- figures, quotes, purpose, talking-points, logistics) with why it may be out of date;
-- confirmed_at is set by `briefing review confirm PART`. They go with the briefing.
create table briefing_review (
    briefing_id   varchar(64)    not null references briefing (id) on delete cascade,
    part          varchar(20)    not null,
    ordinal       integer        not null,
    reason        varchar(4000)  not null,
    marked_at     timestamp      not null,
    confirmed_at  timestamp,
    primary key (briefing_id, part)
);
