import { DataTable } from '@/components/data-table';
import { QueryState } from '@/components/query-state';
import { ragLabel, ragOf } from '@/components/rag-tag';
import { shorten } from '@/components/short-text';
import type { Schemas } from '@/lib/api-client';
import { eventName } from '@/lib/event-names';
import { formatDateTime } from '@/lib/format';
import { useActionHistory } from '../api/get-action-history';

const EVENTS: Record<string, string> = {
  ACTION_CREATED: 'Action added',
  ACTION_UPDATED: 'Action edited',
  ACTION_ARCHIVED: 'Action archived',
  PROGRESS_RECORDED: 'Progress update added',
  RAG_CHANGED: 'RAG status changed',
  RAG_PROPOSED: 'RAG change proposed',
  RAG_PROPOSAL_ACCEPTED: 'RAG proposal accepted',
  RAG_PROPOSAL_REJECTED: 'RAG proposal rejected',
};

const FIELD_NAMES: Record<string, string> = {
  priorityId: 'priority',
  priorityNumber: 'priority',
  ref: 'reference',
  desiredOutcome: 'desired outcome',
  action: 'action',
  leads: 'leads',
  dueDate: 'due date',
  dueWording: 'due wording',
  impact: 'impact',
  measure: 'how it is measured',
  findings: 'findings cited',
  indicators: 'indicators',
  partners: 'partners co-leading',
};

type Snapshot = Record<string, unknown>;

function snapshot(node: unknown): Snapshot {
  return node && typeof node === 'object' && !Array.isArray(node) ? (node as Snapshot) : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A short account of what an event changed, from its before and after snapshots. */
export function describeEvent(event: Schemas['AuditResponse']): string {
  const before = snapshot(event.before);
  const after = snapshot(event.after);
  switch (event.event) {
    case 'ACTION_UPDATED': {
      const changed = [
        ...new Set(
          Object.keys(FIELD_NAMES)
            .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
            .map((key) => FIELD_NAMES[key]),
        ),
      ];
      return changed.length ? `Changed: ${changed.join(', ')}` : '';
    }
    case 'RAG_CHANGED': {
      const to = ragLabel(ragOf(after.rag));
      const from = ragLabel(ragOf(before.rag));
      return `${from} to ${to}${after.reason ? `: ${shorten(text(after.reason), 160)}` : ''}`;
    }
    case 'RAG_PROPOSED':
      return `Proposed ${ragLabel(ragOf(after.proposedRag))}: ${shorten(text(after.reason), 160)}`;
    case 'RAG_PROPOSAL_ACCEPTED':
    case 'RAG_PROPOSAL_REJECTED':
      return [
        `${ragLabel(ragOf(after.proposedRag))}, proposed by ${text(after.proposedBy)}`,
        text(after.decisionNote) && `Note: ${shorten(text(after.decisionNote), 160)}`,
      ]
        .filter(Boolean)
        .join('. ');
    case 'PROGRESS_RECORDED':
      return shorten(text(after.text), 160);
    default:
      return '';
  }
}

/** The action's full audit trail, newest first, folded away in a details element. */
export function ActionHistory({ actionId }: { actionId: number }) {
  const history = useActionHistory(actionId);
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Show the full history</span>
      </summary>
      <div className="govuk-details__text">
        <QueryState isPending={history.isPending} error={history.error}>
          {() => (
            <DataTable
              caption="Full history, newest first"
              hideCaption
              columns={[
                { header: 'What', cell: (e) => eventName(e.event, EVENTS) },
                { header: 'Details', cell: (e) => describeEvent(e) },
                {
                  header: 'Who',
                  cell: (e) => (
                    <>
                      {e.username ?? 'System'}
                      {e.tokenId != null && <span className="app-muted"> (API token)</span>}
                    </>
                  ),
                },
                { header: 'When', cell: (e) => formatDateTime(e.occurredAt) },
              ]}
              rows={history.data!}
              rowKey={(e) => e.id}
              empty="Nothing has been recorded yet."
            />
          )}
        </QueryState>
      </div>
    </details>
  );
}
