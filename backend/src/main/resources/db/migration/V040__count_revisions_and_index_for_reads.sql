-- Reads that must not grow with history: each figure carries how many times it was corrected (so
-- the values list needs no count per figure), and an action's latest progress update is found by
-- an index instead of a sort of its whole evidence log.

alter table indicator_value add column revision_count integer not null default 0;
update indicator_value v
   set revision_count = (select count(*) from indicator_value_revision r where r.value_id = v.id);

create index progress_update_latest_idx
    on progress_update (action_id, recorded_on desc, created_at desc, id desc);
