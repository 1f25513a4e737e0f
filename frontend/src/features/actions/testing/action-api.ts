import { http, HttpResponse } from 'msw';
import type { Schemas } from '@/lib/api-client';
import {
  aFinding,
  anAction,
  anAuditEvent,
  anIndicator,
  anOrganisation,
  aPage,
  aPriority,
  aProgressUpdate,
  aRagChange,
  aRagProposal,
  dueDateChange,
} from '@/testing/builders';
import { server } from '@/testing/server';

type Action = Schemas['ActionResponse'];

const frontDoor = anAction({
  id: 7,
  planId: 1,
  priorityId: 20,
  priorityNumber: 2,
  ref: '2.6',
  desiredOutcome: 'Children at risk are seen quickly',
  action: 'Audit the front door\nand report to the board',
  leads: ['Head of Service', 'Detective Inspector'],
  dueDate: '2025-03-31',
  dueWording: 'By March 2025',
  impact: 'Fewer re-referrals',
  measure: 'Monthly audit',
  rag: 'AMBER',
  effectiveRag: 'AMBER',
  findings: [{ id: 3, source: 'ILACS 2023', paragraph: 12, label: 'Paragraph 12' }],
  indicators: [{ id: 11, number: 4, name: 'Re-referrals within 12 months' }],
  partners: [anOrganisation({ id: 2, name: 'Devon and Cornwall Police', kind: 'PARTNER' })],
  progressUpdateCount: 1,
  version: 1,
  createdAt: '2024-01-10T09:00:00Z',
  updatedAt: '2024-06-01T10:30:00Z',
});

const firstAudit = aProgressUpdate({
  id: 1,
  date: '2024-05-20',
  author: 'Erin Editor',
  text: 'First audit done.\nFindings shared with the board.',
  recordedAt: '2024-05-20T12:00:00Z',
});

export const aProposal = aRagProposal({
  id: 40,
  actionId: 7,
  actionRef: '2.6',
  currentRag: 'AMBER',
  proposedRag: 'GREEN',
  reason: 'Joint audit shows change',
  status: 'PENDING',
  proposedBy: 'Paula Partner',
  organisation: 'Devon and Cornwall Police',
  createdAt: '2024-06-02T08:00:00Z',
});

/**
 * The API of one action, as MSW handlers: GET answers `state.action` with ETag "version", and the
 * listings answer what `state` holds. Tests change `state` or add handlers of their own.
 */
export function mockActionApi(overrides: Partial<Action> = {}) {
  const state = {
    action: { ...frontDoor, ...overrides },
    progress: [firstAudit],
    proposals: [] as Schemas['RagProposalResponse'][],
  };
  server.use(
    http.get('/api/v1/actions/:id', () =>
      HttpResponse.json(state.action, { headers: { ETag: `"${state.action.version}"` } }),
    ),
    http.get('/api/v1/actions/:id/progress-updates', () => HttpResponse.json(state.progress)),
    http.get('/api/v1/actions/:id/rag-history', () =>
      HttpResponse.json([
        aRagChange({
          id: 1,
          from: 'RED',
          to: 'AMBER',
          reason: 'Work has started',
          changedBy: 'Erin Editor',
          changedAt: '2024-04-01T09:00:00Z',
        }),
      ]),
    ),
    http.get('/api/v1/actions/:id/history', () =>
      HttpResponse.json([
        anAuditEvent({
          id: 1,
          event: 'ACTION_CREATED',
          username: 'admin',
          actorName: 'Ada Admin',
          subject: 'Action 2.6',
          changes: [],
          occurredAt: '2024-01-10T09:00:00Z',
        }),
        anAuditEvent({
          id: 2,
          event: 'ACTION_UPDATED',
          username: 'editor',
          actorName: 'Erin Editor',
          subject: 'Action 2.6',
          occurredAt: '2024-06-01T10:30:00Z',
          before: { dueDate: '2025-01-31', measure: 'Monthly audit' },
          after: { dueDate: '2025-03-31', measure: 'Monthly audit' },
          changes: [dueDateChange('2025-01-31', '2025-03-31')],
        }),
      ]),
    ),
    http.get('/api/v1/actions/:id/rag-proposals', () => HttpResponse.json(state.proposals)),
    http.get('/api/v1/findings', () =>
      HttpResponse.json([
        aFinding({
          id: 3,
          planId: 1,
          paragraph: 12,
          label: 'Paragraph 12',
          summary: 'Thresholds at the front door are not understood',
        }),
        aFinding({
          id: 4,
          planId: 1,
          paragraph: 15,
          label: 'Paragraph 15',
          summary: 'Supervision is not regular',
        }),
      ]),
    ),
    http.get('/api/v1/priorities', () =>
      HttpResponse.json([
        aPriority({ id: 10, planId: 1, number: 1, title: 'Leadership' }),
        aPriority({ id: 20, planId: 1, number: 2, title: 'The front door' }),
      ]),
    ),
    http.get('/api/v1/organisations', () =>
      HttpResponse.json([
        anOrganisation({ id: 1, name: 'Plymouth City Council', kind: 'COUNCIL' }),
        anOrganisation({ id: 2, name: 'Devon and Cornwall Police', kind: 'PARTNER' }),
        anOrganisation({ id: 3, name: 'NHS Devon', kind: 'PARTNER' }),
      ]),
    ),
    http.get('/api/v1/indicators', () =>
      HttpResponse.json(
        aPage(
          [
            anIndicator({ id: 11, number: 4, name: 'Re-referrals within 12 months' }),
            anIndicator({ id: 12, number: 5, name: 'Visits on time' }),
          ],
          { size: 500 },
        ),
      ),
    ),
  );
  return state;
}
