-- Governance integrity: a due date that moves keeps its original and the reason for each move,
-- a RAG change may cite the evidence it rests on, a correction of a final figure says why, and
-- an action has at most one RAG proposal awaiting an editor.

alter table action add column original_due_date date;
update action set original_due_date = due_date;

create table due_date_change (
    id         bigserial primary key,
    action_id  bigint not null references action (id),
    from_date  date,
    to_date    date,
    reason     text not null,
    changed_by text not null,
    changed_at timestamptz not null
);
create index due_date_change_action_idx on due_date_change (action_id, changed_at);

alter table rag_change add column evidence text;

alter table indicator_value_revision add column reason text;

-- Older duplicates close as rejected, so that the newest proposal of each action stays open.
update rag_proposal p
   set status = 'REJECTED',
       decided_at = now(),
       decision_note = 'Closed: a newer proposal for this action replaced it'
 where p.status = 'PENDING'
   and exists (select 1 from rag_proposal q
                where q.action_id = p.action_id and q.status = 'PENDING' and q.id > p.id);
create unique index rag_proposal_one_pending_idx on rag_proposal (action_id) where status = 'PENDING';

-- The name of the person who made a change, as the history shows it.
alter table audit_event add column actor_name text;
