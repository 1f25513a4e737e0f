-- The records (caseload snapshots and the like) a bulk batch created or changed: the body it left
-- each with, to tell whether it changed since, and for a changed one the body it had before, to put
-- it back. No foreign key to the record: reverting a created record deletes it.
create table bulk_batch_record (
    batch_id    bigint not null references bulk_batch (id),
    entity_type text not null,
    record_id   bigint not null,
    created     boolean not null,
    after       jsonb not null,
    before      jsonb,
    primary key (batch_id, entity_type, record_id)
);
