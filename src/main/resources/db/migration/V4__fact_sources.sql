-- Figures as the source says them, and sources with an identity.
-- statistic.qualifier: the words before the number ("more than", "about"), so a pack prints
-- "more than 20 organisations" as one phrase; statistic.excerpt: the source's own sentence,
-- so every figure can be found where it comes from.
-- A quote gets the source fields a statistic has (title in quote.source, publisher, date,
-- url), so that a figure and a quote from the same document are one source of a pack. The
-- free text quotes had until now ("UNODC, 3 October 2023") is split into publisher and
-- date where it reads so, by Briefdesk itself right after this script (QuoteSourceMigration):
-- plain SQL cannot parse English dates alike on H2 and PostgreSQL.

alter table statistic add column qualifier varchar(100);
alter table statistic add column excerpt varchar(10000);

alter table quote add column publisher varchar(500);
alter table quote add column source_date varchar(10);
alter table quote add column url varchar(2000);
