-- Search ranks first the facts whose name or title has a word starting with what was typed.
-- label_words is the label folded by Briefdesk (lower case, no accents) with every run of
-- characters other than letters and digits turned into one space, after a leading space, so
-- that "starts a word" is a plain `label_words like '% word%'` and the ranking, the order and
-- the limit all happen in the database. Briefdesk writes it with every fact; rows already
-- there get an approximation here (lower case, accents and punctuation kept), which Briefdesk
-- replaces with the exact text when it next opens the library (SearchIndex.fillLabelWords).
alter table fact_search add column label_words varchar(2100);

update fact_search set label_words = ' ' || lower(label);
