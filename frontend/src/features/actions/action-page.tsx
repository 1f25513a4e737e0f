import { useParams } from 'react-router';
import { Page } from '@/components/page';
import { QueryState } from '@/components/query-state';
import { RagTag, ragLabel } from '@/components/rag-tag';
import { formatDateTime } from '@/lib/format';
import { useMe } from '@/lib/me';
import { can, canContribute } from '@/lib/permissions';
import { useAction, type ActionWithETag } from './api/get-action';
import { ActionDetails } from './components/action-details';
import { ActionHistory } from './components/action-history';
import { AddProgressForm } from './components/add-progress-form';
import { EditAction } from './components/edit-action';
import { ProgressLog } from './components/progress-log';
import { RagForm } from './components/rag-form';
import { OwnProposals, PendingProposals } from './components/rag-proposals';
import { RagHistoryTable } from './components/rag-history-table';

/**
 * One action of the plan: every field, its RAG status and evidence, and what happened to it.
 * Editors edit it and change its RAG; partners who co-lead it log progress and propose RAG
 * changes; viewers read.
 */
export default function ActionPage() {
  const { id } = useParams();
  const actionId = Number(id);
  const action = useAction(actionId);
  // What the user may do decides what is shown: wait for who they are.
  const me = useMe();

  if (!Number.isInteger(actionId) || actionId <= 0) {
    return (
      <Page title="Action">
        <div className="govuk-inset-text" role="alert">
          This page does not exist, or it has been removed.
        </div>
      </Page>
    );
  }
  if (!action.data || me.isPending) {
    return (
      <Page title="Action" back={{ to: '/plan', label: 'Back to the plan' }}>
        <QueryState isPending={action.isPending || me.isPending} error={action.error}>
          {() => null}
        </QueryState>
      </Page>
    );
  }
  return <ActionView current={action.data} />;
}

function ActionView({ current }: { current: ActionWithETag }) {
  const me = useMe().data;
  const { action } = current;
  const actionId = action.id;
  const { archived } = action;
  const mayEdit = can(me, 'plan:edit') && !archived;
  const mayContribute = canContribute(me, action) && !archived;
  const isPartner = me?.role === 'PARTNER';
  // Contributors who cannot change the RAG themselves (partners) propose a change instead.
  const mayPropose = mayContribute && !can(me, 'plan:edit');
  const ratedDifferently = action.rag !== action.effectiveRag;

  return (
    <Page
      title={`Action ${action.ref}`}
      caption={`Priority ${action.priorityNumber}`}
      back={{ to: '/plan', label: 'Back to the plan' }}
    >
      {archived && (
        <div
          className="govuk-notification-banner"
          role="region"
          aria-labelledby="archived-banner-title"
        >
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="archived-banner-title">
              Important
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">
              This action was archived
              {action.archivedAt ? ` on ${formatDateTime(action.archivedAt)}` : ''}.
            </p>
            <p className="govuk-body">It is kept for the record and can no longer change.</p>
          </div>
        </div>
      )}

      <p className="govuk-body">
        RAG status: <RagTag rag={action.effectiveRag} />
        {ratedDifferently && (
          <span className="app-muted">
            {' '}
            ({action.rag ? `rated ${ragLabel(action.rag)}` : 'not yet rated'}
            {action.overdue ? ', overdue' : ''})
          </span>
        )}
      </p>

      {isPartner && !canContribute(me, action) && (
        <p className="govuk-body">Your organisation does not co-lead this action.</p>
      )}

      {mayEdit ? (
        <EditAction current={current}>
          <ActionDetails action={action} />
        </EditAction>
      ) : (
        <ActionDetails action={action} />
      )}

      <h2 className="govuk-heading-m">RAG status</h2>
      {mayEdit && (
        <>
          <PendingProposals actionId={actionId} />
          <RagForm actionId={actionId} mode="change" />
        </>
      )}
      {mayPropose && (
        <>
          <RagForm actionId={actionId} mode="propose" />
          <OwnProposals actionId={actionId} organisation={me?.organisation.name} />
        </>
      )}
      <RagHistoryTable actionId={actionId} />

      <h2 className="govuk-heading-m">Progress log</h2>
      {mayContribute && <AddProgressForm actionId={actionId} />}
      <ProgressLog actionId={actionId} />

      <h2 className="govuk-heading-m">History</h2>
      <ActionHistory actionId={actionId} />
    </Page>
  );
}
