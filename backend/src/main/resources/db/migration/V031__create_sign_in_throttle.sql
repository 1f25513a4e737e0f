-- Failed sign-ins counted per client address and per username (known or not), in the database so
-- that every server behind a load balancer sees the same counts.
create table sign_in_throttle (
    key             text primary key,
    failures        integer not null default 0,
    last_failure_at timestamp with time zone,
    locked_until    timestamp with time zone
);
