-- The action rows a bulk batch changed: the progress update it recorded and the RAG change it made,
-- enough to take them back. No foreign key to the progress update: reverting the batch deletes it.
create table bulk_batch_action (
    batch_id           bigint not null references bulk_batch (id),
    action_id          bigint not null references action (id),
    progress_update_id bigint,
    rag_change_id      bigint references rag_change (id),
    primary key (batch_id, action_id)
);
