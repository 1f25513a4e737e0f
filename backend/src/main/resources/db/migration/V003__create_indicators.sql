-- The indicators of success: monthly figures with provenance and revisions, comparator
-- benchmarks, and the actions whose impact each indicator measures.

create table indicator (
    id                bigserial primary key,
    plan_id           bigint not null references plan (id),
    priority_id       bigint references priority (id),
    number            integer not null check (number > 0),
    name              text not null,
    area              text not null,
    area_note         text,
    unit              text not null check (unit in ('COUNT', 'PERCENT', 'RATE_PER_10K')),
    basis             text not null check (basis in ('IN_MONTH', 'MONTH_END_SNAPSHOT', 'ROLLING_12_MONTHS', 'YEAR_TO_DATE')),
    polarity          text not null check (polarity in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL')),
    target_kind       text not null check (target_kind in ('NUMERIC', 'MONITOR', 'TBC')),
    target_value      numeric(14, 4),
    target_comparator text,
    mtfp              text,
    flags             text[] not null default '{}',
    data_status       text,
    version           bigint not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    unique (plan_id, number),
    check ((target_kind = 'NUMERIC') = (target_value is not null))
);

create table indicator_value (
    id           bigserial primary key,
    indicator_id bigint not null references indicator (id),
    period       text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    value        numeric(14, 4) not null,
    numerator    numeric(14, 4),
    denominator  numeric(14, 4),
    status       text not null check (status in ('PROVISIONAL', 'FINAL')),
    entered_by   text not null,
    entered_at   timestamptz not null,
    unique (indicator_id, period)
);

-- A corrected figure keeps what it replaced: a board can see that a published figure changed.
create table indicator_value_revision (
    id              bigserial primary key,
    value_id        bigint not null references indicator_value (id),
    old_value       numeric(14, 4) not null,
    new_value       numeric(14, 4) not null,
    old_numerator   numeric(14, 4),
    new_numerator   numeric(14, 4),
    old_denominator numeric(14, 4),
    new_denominator numeric(14, 4),
    old_status      text not null,
    new_status      text not null,
    changed_by      text not null,
    changed_at      timestamptz not null
);
create index indicator_value_revision_value_idx on indicator_value_revision (value_id, changed_at);

create table benchmark (
    id           bigserial primary key,
    indicator_id bigint not null references indicator (id),
    comparator   text not null,
    period       text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    value        numeric(14, 4) not null,
    unique (indicator_id, comparator, period)
);

create table action_indicator (
    action_id    bigint not null references action (id),
    indicator_id bigint not null references indicator (id),
    primary key (action_id, indicator_id)
);
create index action_indicator_indicator_idx on action_indicator (indicator_id);
