-- Invitees: the people invited to an event, from the library (person_id) or from a CSV file.
-- Plain SQL that runs on H2 and PostgreSQL alike. Each invitee has a short id unique within
-- its event (made from the family and given name) and a sequence number within the event in
-- the order of addition (1, 2, 3, ...), which never changes while the invitee is on the list
-- (the NNN of a letter's file name). Names and the rest are copies, kept as the user gave them, so that a
-- letter reads what the list says even after the person in the library changes; removing a
-- person from the library only forgets the link. An event with invitees cannot be removed.
-- status: no-reply, accepted or declined.

create table invitee (
    event_id      varchar(64)    not null references event (id),
    id            varchar(64)    not null,
    seq_no        integer        not null,
    honorific     varchar(200),
    given_name    varchar(1000),
    family_name   varchar(1000),
    full_name     varchar(2000)  not null,
    title         varchar(2000),
    organisation  varchar(1000),
    email         varchar(320),
    language      varchar(35),
    person_id     varchar(64)    references person (id) on delete set null,
    status        varchar(10)    default 'no-reply' not null,
    note          varchar(10000),
    created_at    timestamp      not null,
    updated_at    timestamp      not null,
    primary key (event_id, id),
    constraint invitee_seq_no unique (event_id, seq_no),
    constraint invitee_status check (status in ('no-reply', 'accepted', 'declined'))
);

create index invitee_person on invitee (person_id);
