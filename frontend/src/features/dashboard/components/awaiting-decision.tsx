import { Link } from 'react-router';
import { DataTable } from '@/components/data-table';
import { RagTag } from '@/components/rag-tag';
import { ShortText } from '@/components/short-text';
import type { Schemas } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useMe } from '@/lib/me';
import { can } from '@/lib/permissions';
import { usePendingProposals } from '../api/get-pending-proposals';
import { DashboardSection } from './dashboard-section';

/** For editors: the partners' RAG proposals that wait for their decision. */
export function AwaitingDecision() {
  const mayDecide = useMayDecide();
  const proposals = usePendingProposals({ enabled: mayDecide });
  if (!mayDecide) return null;
  return (
    <DashboardSection id="awaiting-decision" title="Awaiting your decision" query={proposals}>
      {(data) => <ProposalsTable proposals={data} />}
    </DashboardSection>
  );
}

/** Whether the signed-in user decides on RAG proposals (and so sees those awaiting a decision). */
export function useMayDecide(): boolean {
  return can(useMe().data, 'plan:edit');
}

function ProposalsTable({ proposals }: { proposals: Schemas['RagProposalResponse'][] }) {
  if (proposals.length === 0) {
    return <p className="govuk-body">No RAG proposals are waiting for a decision.</p>;
  }
  return (
    <>
      <p className="govuk-body">
        <strong>
          {proposals.length === 1
            ? '1 RAG proposal waits'
            : `${proposals.length} RAG proposals wait`}
        </strong>{' '}
        for an editor to accept or reject on the action's page.
      </p>
      <DataTable
        caption="RAG proposals awaiting a decision, newest first"
        hideCaption
        columns={[
          {
            header: 'Action',
            cell: (p) => (
              <Link className="govuk-link" to={`/actions/${p.actionId}`}>
                Action {p.actionRef}
              </Link>
            ),
          },
          {
            header: 'Proposed',
            cellClassName: 'app-trend',
            cell: (p) => (
              <>
                <RagTag rag={p.currentRag} /> <span aria-hidden="true">→</span>
                <span className="govuk-visually-hidden"> to </span> <RagTag rag={p.proposedRag} />
              </>
            ),
          },
          { header: 'Why', cell: (p) => <ShortText text={p.reason} max={120} /> },
          { header: 'By', cell: (p) => `${p.proposedBy} (${p.organisation})` },
          { header: 'When', cell: (p) => formatDateTime(p.createdAt) },
        ]}
        rows={proposals}
        rowKey={(p) => p.id}
        scroll
      />
    </>
  );
}
