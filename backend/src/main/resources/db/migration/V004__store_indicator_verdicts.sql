-- The latest figure's verdicts, kept with each indicator so that lists filter on them in the
-- database. The application fills them for existing indicators at start-up.
alter table indicator
    add column target_status text
        check (target_status in ('ON_TARGET', 'NEAR', 'OFF_TARGET', 'NO_TARGET', 'NO_DATA')),
    add column direction text
        check (direction in ('IMPROVING', 'DECLINING', 'STABLE', 'NO_TREND'));
