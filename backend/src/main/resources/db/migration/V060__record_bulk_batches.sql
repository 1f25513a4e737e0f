-- Bulk uploads: each applied upload is a batch that says who sent which file and what it changed,
-- so that it can be listed and undone; idempotency keys make a re-run script safe.

create table bulk_batch (
    id          bigserial primary key,
    kind        text not null,
    source_name text,
    user_id     bigint references app_user (id),
    username    text not null,
    created_at  timestamptz not null,
    created     integer not null,
    updated     integer not null,
    unchanged   integer not null,
    warnings    integer not null,
    reverted_at timestamptz,
    reverted_by text
);
create index bulk_batch_created_idx on bulk_batch (created_at desc);

-- Every figure a batch created or changed, with what it was and what it became: enough to put it
-- back. No foreign key to the figure: reverting a created figure deletes it.
create table bulk_batch_value (
    batch_id        bigint not null references bulk_batch (id),
    value_id        bigint not null,
    indicator_id    bigint not null references indicator (id),
    period          text not null,
    created         boolean not null,
    old_value       numeric(14, 4),
    old_numerator   numeric(14, 4),
    old_denominator numeric(14, 4),
    old_status      text,
    new_value       numeric(14, 4) not null,
    new_numerator   numeric(14, 4),
    new_denominator numeric(14, 4),
    new_status      text not null,
    note            text,
    primary key (batch_id, value_id)
);

-- A script's Idempotency-Key, per user, with a digest of what it sent and the response it got.
create table bulk_idempotency_key (
    username        text not null,
    idempotency_key text not null,
    kind            text not null,
    request_digest  text not null,
    response        jsonb not null,
    batch_id        bigint references bulk_batch (id),
    created_at      timestamptz not null,
    primary key (username, idempotency_key)
);

alter table indicator_value_revision add column batch_id bigint references bulk_batch (id);
alter table audit_event add column batch_id bigint;
create index audit_event_batch_idx on audit_event (batch_id) where batch_id is not null;
