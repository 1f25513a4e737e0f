-- Governance: the boards that hold the plan to account, their meetings with actions arising,
-- the judgement editors add to a meeting's highlight report (commentary per priority, risks), and
-- the published reports, which are immutable snapshots.

create table board (
    id                bigserial primary key,
    plan_id           bigint not null references plan (id),
    name              text not null,
    chair             text not null default '',
    cadence           text not null check (cadence in ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY', 'QUARTERLY')),
    purpose           text not null default '',
    secretary_user_id bigint references app_user (id),
    version           bigint not null default 0,
    created_at        timestamptz not null default now(),
    unique (plan_id, name)
);

-- The organisations that sit on a board: their partner staff may read its published reports.
create table board_organisation (
    board_id        bigint not null references board (id),
    organisation_id bigint not null references organisation (id),
    primary key (board_id, organisation_id)
);

-- The priorities that report to a board.
create table board_priority (
    board_id    bigint not null references board (id),
    priority_id bigint not null references priority (id),
    primary key (board_id, priority_id)
);

create table meeting (
    id         bigserial primary key,
    board_id   bigint not null references board (id),
    held_on    date not null,
    status     text not null check (status in ('PLANNED', 'HELD')),
    attendees  text[] not null default '{}',
    minutes    text not null default '',
    decisions  text not null default '',
    -- The overall summary of the meeting's highlight report, written by an editor.
    summary    text not null default '',
    version    bigint not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index meeting_board_idx on meeting (board_id, held_on);

create table action_arising (
    id            bigserial primary key,
    meeting_id    bigint not null references meeting (id),
    body          text not null,
    owner         text not null,
    owner_user_id bigint references app_user (id),
    due_date      date,
    status        text not null check (status in ('OPEN', 'DONE', 'DROPPED')),
    closed_on     date,
    version       bigint not null default 0,
    created_at    timestamptz not null default now()
);
create index action_arising_meeting_idx on action_arising (meeting_id);
create index action_arising_owner_idx on action_arising (owner_user_id, status);

-- Per meeting and priority: the progress and challenges the records cannot say.
create table priority_commentary (
    meeting_id  bigint not null references meeting (id),
    priority_id bigint not null references priority (id),
    progress    text not null default '',
    challenges  text not null default '',
    primary key (meeting_id, priority_id)
);

create table risk (
    id          bigserial primary key,
    meeting_id  bigint not null references meeting (id),
    priority_id bigint references priority (id),
    description text not null,
    likelihood  integer not null check (likelihood between 1 and 5),
    impact      integer not null check (impact between 1 and 5),
    owner       text not null,
    mitigation  text not null default '',
    version     bigint not null default 0,
    created_at  timestamptz not null default now()
);
create index risk_meeting_idx on risk (meeting_id);

-- A published highlight report: the exact JSON text that was published and its SHA-256.
create table published_report (
    id           bigserial primary key,
    meeting_id   bigint not null references meeting (id),
    version      integer not null check (version > 0),
    content      text not null,
    sha256       text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    published_by text not null,
    published_at timestamptz not null,
    unique (meeting_id, version)
);

-- Published is published: the database refuses to change or remove a snapshot.
create function published_report_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'published_report is immutable';
end;
$$;
create trigger published_report_no_update before update or delete on published_report
    for each row execute function published_report_is_immutable();

-- Plan leads are roles ("HOS Front Door"), not people: a user says which roles they hold, and the
-- actions led by those roles are theirs in "My work". The e-mail address receives the weekly digest.
create table reminder_settings (
    user_id    bigint primary key references app_user (id),
    email      text check (email ~ '^[^@\s]+@[^@\s]+$'),
    lead_roles text[] not null default '{}'
);

-- One row per sent reminder: with several servers, the first to insert sends, the others skip.
create table reminder_sent (
    kind    text not null check (kind in ('WEEKLY_DIGEST', 'REPORT_DUE')),
    subject text not null,
    sent_at timestamptz not null,
    primary key (kind, subject)
);
