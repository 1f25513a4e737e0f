-- The improvement plan: plans, their priorities, the inspection findings they answer and the
-- action rows with their evidence of progress and RAG history.

create table plan (
    id           bigserial primary key,
    title        text not null,
    organisation text not null,
    period       text not null default '',
    status       text not null default 'ACTIVE' check (status in ('DRAFT', 'ACTIVE', 'CLOSED')),
    created_at   timestamptz not null default now()
);

create table priority (
    id        bigserial primary key,
    plan_id   bigint not null references plan (id),
    number    integer not null check (number between 1 and 99),
    title     text not null,
    statement text not null default '',
    unique (plan_id, number)
);

-- A point of an inspection letter: a numbered paragraph, or a named area with no paragraph.
create table finding (
    id              bigserial primary key,
    plan_id         bigint not null references plan (id),
    source          text not null,
    paragraph       integer check (paragraph > 0),
    summary         text not null default '',
    priority_action boolean not null default false,
    unique (plan_id, source, paragraph)
);

create table action (
    id              bigserial primary key,
    priority_id     bigint not null references priority (id),
    ref             text not null check (ref ~ '^[0-9]{1,3}\.[0-9]{1,3}$'),
    -- "2.10" sorts after "2.9": refs are ordered by their two numbers, not as text.
    ref_major       integer not null,
    ref_minor       integer not null,
    desired_outcome text not null default '',
    action_text     text not null,
    leads           text[] not null default '{}',
    due_date        date,
    due_wording     text not null default '',
    impact          text not null default '',
    measure         text not null default '',
    rag             text check (rag in ('RED', 'AMBER', 'AMBER_E', 'GREEN')),
    archived_at     timestamptz,
    version         bigint not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index action_priority_idx on action (priority_id, ref_major, ref_minor);

create table action_finding (
    action_id  bigint not null references action (id),
    finding_id bigint not null references finding (id),
    primary key (action_id, finding_id)
);
create index action_finding_finding_idx on action_finding (finding_id);

create table progress_update (
    id          bigserial primary key,
    action_id   bigint not null references action (id),
    recorded_on date not null,
    author      text not null,
    body        text not null,
    created_at  timestamptz not null default now()
);
create index progress_update_action_idx on progress_update (action_id, recorded_on);

create table rag_change (
    id         bigserial primary key,
    action_id  bigint not null references action (id),
    from_rag   text check (from_rag in ('RED', 'AMBER', 'AMBER_E', 'GREEN')),
    to_rag     text not null check (to_rag in ('RED', 'AMBER', 'AMBER_E', 'GREEN')),
    reason     text not null,
    changed_by text not null,
    changed_at timestamptz not null default now()
);
create index rag_change_action_idx on rag_change (action_id, changed_at);
