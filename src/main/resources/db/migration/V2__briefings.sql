-- Briefings. Plain SQL that runs on H2 and PostgreSQL alike. A briefing refers to facts by
-- id (foreign keys without cascade, so a fact a briefing uses cannot be removed); its own
-- parts (sections, panel, figures, quotes, paragraphs, programme) are child rows that go
-- with it, ordered by ordinal from 1. Saving a briefing rewrites its child rows in one
-- transaction.
-- V3 is reserved for export snapshots: a snapshot will refer to a briefing by id and freeze
-- the pack model and the facts it was built from, as they were at export.

create table briefing (
    id               varchar(64)    not null primary key,
    event_id         varchar(64)    not null references event (id),
    title            varchar(500)   not null,
    subtitle         varchar(500),
    issued_by        varchar(500),
    priority_set_id  varchar(64)    references priority_set (id),
    created_at       timestamp      not null,
    updated_at       timestamp      not null
);

create index briefing_event on briefing (event_id);
create index briefing_priority_set on briefing (priority_set_id);

-- kind: cover, purpose, programme, panelists, priorities, figures, quotes, talking-points,
-- logistics, sources; each at most once per briefing
create table briefing_section (
    briefing_id  varchar(64) not null references briefing (id) on delete cascade,
    ordinal      integer     not null,
    kind         varchar(20) not null,
    primary key (briefing_id, ordinal),
    constraint briefing_section_once unique (briefing_id, kind)
);

-- role: chair, co-chair, moderator, speaker, discussant. The same person may appear twice
-- (`briefing check` flags it): no unique key on person.
create table briefing_panelist (
    briefing_id  varchar(64) not null references briefing (id) on delete cascade,
    ordinal      integer     not null,
    person_id    varchar(64) not null references person (id),
    panel_role   varchar(20) not null,
    primary key (briefing_id, ordinal)
);

create index briefing_panelist_person on briefing_panelist (person_id);

create table briefing_figure (
    briefing_id   varchar(64) not null references briefing (id) on delete cascade,
    ordinal       integer     not null,
    statistic_id  varchar(64) not null references statistic (id),
    primary key (briefing_id, ordinal)
);

create index briefing_figure_statistic on briefing_figure (statistic_id);

create table briefing_quote (
    briefing_id  varchar(64) not null references briefing (id) on delete cascade,
    ordinal      integer     not null,
    quote_id     varchar(64) not null references quote (id),
    primary key (briefing_id, ordinal)
);

create index briefing_quote_quote on briefing_quote (quote_id);

-- The briefing's own text, one row a paragraph. text_kind: purpose, talking-points, logistics.
create table briefing_paragraph (
    briefing_id  varchar(64)    not null references briefing (id) on delete cascade,
    text_kind    varchar(20)    not null,
    ordinal      integer        not null,
    paragraph    varchar(10000) not null,
    primary key (briefing_id, text_kind, ordinal)
);

-- item_time: HH:MM or HH:MM-HH:MM, or empty
create table briefing_programme_item (
    briefing_id    varchar(64)   not null references briefing (id) on delete cascade,
    ordinal        integer       not null,
    item_time      varchar(11),
    item_text      varchar(2000) not null,
    speakers_note  varchar(1000),
    primary key (briefing_id, ordinal)
);

create table briefing_programme_speaker (
    briefing_id   varchar(64) not null,
    item_ordinal  integer     not null,
    ordinal       integer     not null,
    person_id     varchar(64) not null references person (id),
    primary key (briefing_id, item_ordinal, ordinal),
    foreign key (briefing_id, item_ordinal) references briefing_programme_item (briefing_id, ordinal) on delete cascade
);

create index briefing_programme_speaker_person on briefing_programme_speaker (person_id);
