-- A month whose figure is not available (a system outage, a report not yet built), with the reason:
-- the board sees why the cell is empty rather than guessing. Entering the figure later removes it.
create table unavailable_figure (
    id           bigserial primary key,
    indicator_id bigint not null references indicator (id),
    period       text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    reason       text not null check (length(reason) between 1 and 2000),
    recorded_by  text not null,
    recorded_at  timestamptz not null,
    version      bigint not null default 0,
    unique (indicator_id, period)
);
