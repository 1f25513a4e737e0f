-- The records (caseload snapshots and the like) a bulk batch created or changed: the version it left
-- each at, and for a changed one the body it had before, enough to put it back. No foreign key to the
-- record: reverting a created record deletes it.
create table bulk_batch_record (
    batch_id    bigint not null references bulk_batch (id),
    entity_type text not null,
    record_id   bigint not null,
    created     boolean not null,
    version     bigint not null,
    before      jsonb,
    primary key (batch_id, entity_type, record_id)
);
