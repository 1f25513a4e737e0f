-- Who may do what: organisations, accounts, server-side sessions, API tokens, the partner
-- organisations that co-lead actions, partners' RAG proposals, and the append-only audit trail.

create table organisation (
    id         bigserial primary key,
    name       text not null unique,
    kind       text not null check (kind in ('COUNCIL', 'PARTNER')),
    created_at timestamptz not null default now()
);

create table app_user (
    id                  bigserial primary key,
    username            text not null unique check (username = lower(username)),
    display_name        text not null,
    organisation_id     bigint not null references organisation (id),
    role                text not null check (role in ('ADMIN', 'EDITOR', 'PERFORMANCE', 'PARTNER', 'VIEWER')),
    password_hash       text not null,
    enabled             boolean not null default true,
    password_changed_at timestamptz not null default now(),
    failed_logins       integer not null default 0,
    locked_until        timestamptz,
    last_login_at       timestamptz,
    created_at          timestamptz not null default now(),
    version             bigint not null default 0
);

-- Only a hash of the session id is stored: a database read does not hand out live sessions.
create table user_session (
    id_hash      text primary key,
    user_id      bigint not null references app_user (id),
    csrf_token   text not null,
    created_at   timestamptz not null,
    last_seen_at timestamptz not null,
    expires_at   timestamptz not null,
    ended_at     timestamptz
);
create index user_session_user_idx on user_session (user_id);

create table api_token (
    id           bigserial primary key,
    user_id      bigint not null references app_user (id),
    name         text not null,
    token_hash   text not null unique,
    prefix       text not null,
    scopes       text[] not null,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id);

create table action_partner (
    action_id       bigint not null references action (id),
    organisation_id bigint not null references organisation (id),
    primary key (action_id, organisation_id)
);

create table rag_proposal (
    id              bigserial primary key,
    action_id       bigint not null references action (id),
    proposed_by     bigint not null references app_user (id),
    organisation_id bigint not null references organisation (id),
    to_rag          text not null check (to_rag in ('RED', 'AMBER', 'AMBER_E', 'GREEN')),
    reason          text not null,
    status          text not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'REJECTED')),
    created_at      timestamptz not null,
    decided_by      bigint references app_user (id),
    decided_at      timestamptz,
    decision_note   text
);
create index rag_proposal_action_idx on rag_proposal (action_id, status);

create table audit_event (
    id              bigserial primary key,
    occurred_at     timestamptz not null,
    event           text not null,
    entity_type     text not null,
    entity_id       text,
    user_id         bigint,
    username        text,
    organisation_id bigint,
    token_id        bigint,
    request_id      text,
    client_address  text,
    before_state    jsonb,
    after_state     jsonb
);
create index audit_event_entity_idx on audit_event (entity_type, entity_id, occurred_at);
create index audit_event_user_idx on audit_event (username, occurred_at);
create index audit_event_time_idx on audit_event (occurred_at);

-- The audit trail is append-only: the database itself refuses to change or remove an entry.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
