-- A figure's version is its ETag: a correction must name the version it corrects, so that two
-- people correcting the same month cannot silently overwrite each other.
alter table indicator_value add column version bigint not null default 0;
