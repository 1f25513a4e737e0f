-- Workforce (teams, month-end worker and team snapshots) and case audits with their
-- recommendations: the records that indicators 55-67 are computed from.

create table team (
    id           bigserial primary key,
    code         text not null unique check (code ~ '^[A-Z][A-Z0-9]{1,11}$'),
    name         text not null unique,
    service_area text not null,
    version      bigint not null default 0,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);

-- One worker's position at a month end. The worker is a staff reference, never a name.
create table caseload_snapshot (
    id                   bigserial primary key,
    team_id              bigint not null references team (id),
    period               text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    worker_reference     text not null,
    role                 text not null,
    employment           text not null check (employment in ('PERMANENT', 'AGENCY')),
    fte                  numeric(4, 2) not null check (fte > 0 and fte <= 1),
    children_allocated   integer not null check (children_allocated >= 0),
    supervisions_due     integer not null check (supervisions_due >= 0),
    supervisions_in_time integer not null check (supervisions_in_time between 0 and supervisions_due),
    version              bigint not null default 0,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    unique (team_id, period, worker_reference)
);
create index caseload_snapshot_period_idx on caseload_snapshot (period);

-- A team's establishment at a month end; leavers are those who left during the month.
create table team_snapshot (
    id                bigserial primary key,
    team_id           bigint not null references team (id),
    period            text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    establishment_fte numeric(7, 2) not null check (establishment_fte >= 0),
    vacant_fte        numeric(7, 2) not null check (vacant_fte >= 0 and vacant_fte <= establishment_fte),
    leavers_fte       numeric(7, 2) not null check (leavers_fte >= 0),
    agency_fte        numeric(7, 2) not null check (agency_fte >= 0),
    version           bigint not null default 0,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    unique (team_id, period)
);

-- A case audit. The case is named by a reference only, never by anything that identifies a child.
create table case_audit (
    id              bigserial primary key,
    audit_date      date not null,
    team_id         bigint not null references team (id),
    auditor         text not null,
    type            text not null check (type in ('CASE_FILE', 'THEMATIC', 'DEEP_DIVE', 'DIP_SAMPLE', 'RE_AUDIT')),
    case_reference  text not null,
    grade           text check (grade in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')),
    moderated_grade text check (moderated_grade in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')),
    due_date        date not null,
    completed_date  date,
    themes          text[] not null default '{}',
    learning        text,
    version         bigint not null default 0,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    check (moderated_grade is null or grade is not null),
    check (completed_date is null or completed_date >= audit_date),
    check (due_date >= audit_date)
);
create index case_audit_completed_idx on case_audit (completed_date);

create table audit_recommendation (
    id              bigserial primary key,
    audit_id        bigint not null references case_audit (id) on delete cascade,
    text            text not null,
    owner           text not null,
    due_date        date not null,
    status          text not null check (status in ('OPEN', 'DONE', 'CANCELLED')),
    completion_note text,
    version         bigint not null default 0,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index audit_recommendation_audit_idx on audit_recommendation (audit_id);
create index audit_recommendation_open_idx on audit_recommendation (due_date) where status = 'OPEN';

-- Indicators whose figures are computed from records: which records (derivation), and how.
alter table indicator
    add column derivation text,
    add column formula text,
    add check ((derivation is null) = (formula is null));
