import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  aPage,
  aPriority,
  anAction,
  anAuditEvent,
  anIndicator,
  aRagProposal,
  dueDateChange,
} from '@/testing/builders';
import { renderPage } from '@/testing/render';
import { problem, server, signedInAs } from '@/testing/server';
import DashboardPage from './dashboard-page';

const priorities = [
  aPriority({
    id: 11,
    number: 1,
    title: 'Governance, leadership and management',
    statement: 'Leaders know their services well.',
    actionCount: 10,
    effectiveRagCounts: { RED: 3, AMBER: 4, AMBER_E: 1, GREEN: 2, NONE: 0 },
  }),
  aPriority({
    id: 12,
    number: 2,
    title: 'Quality of practice',
    statement: 'Children get help at the right time.',
    actionCount: 5,
    effectiveRagCounts: { RED: 0, AMBER: 2, AMBER_E: 0, GREEN: 1, NONE: 2 },
  }),
];

const overdue = aPage(
  [
    anAction({
      id: 31,
      ref: '1.4',
      action: 'Refresh the quality assurance framework so that audits test impact on children',
      leads: ['Head of Quality', 'Principal Social Worker'],
      dueDate: '2023-03-31',
      rag: 'AMBER',
      effectiveRag: 'RED',
      overdue: true,
      slippage: { originalDueDate: '2022-12-31', count: 1, totalDays: 90, longestDays: 90 },
    }),
  ],
  { size: 50 },
);

const offTarget = aPage(
  [
    anIndicator({
      id: 41,
      number: 12,
      name: 'Re-referrals within 12 months',
      unit: 'PERCENT',
      target: { kind: 'NUMERIC', value: 22, comparator: 'England' },
      latest: { period: '2024-02', value: 47.9, status: 'FINAL' },
      direction: 'DECLINING',
      targetStatus: 'OFF_TARGET',
      distanceToTarget: 25.9,
    }),
    anIndicator({
      id: 42,
      number: 3,
      name: 'Social workers per team',
      unit: 'COUNT',
      target: { kind: 'NUMERIC', value: 10 },
      latest: { period: '2024-02', value: 6, status: 'FINAL' },
      direction: 'STABLE',
      targetStatus: 'OFF_TARGET',
      distanceToTarget: -4,
    }),
  ],
  { size: 100 },
);

const changes = [
  anAuditEvent({
    id: 1,
    occurredAt: '2024-03-04T10:15:00Z',
    event: 'RAG_CHANGED',
    entityType: 'Action',
    entityId: '31',
    username: 'editor',
    actorName: 'Erin Editor',
    subject: 'Action 1.4',
    changes: [],
    before: { rag: 'AMBER' },
    after: { rag: 'GREEN', reason: 'Evidence seen' },
  }),
  anAuditEvent({
    id: 3,
    occurredAt: '2024-03-03T11:00:00Z',
    event: 'ACTION_UPDATED',
    entityType: 'Action',
    entityId: '16',
    username: 'editor',
    actorName: 'Erin Editor',
    subject: 'Action 2.7',
    changes: [dueDateChange('2023-03-31', '2027-01-31')],
  }),
  anAuditEvent({
    id: 2,
    occurredAt: '2024-03-03T09:00:00Z',
    event: 'INDICATOR_UPDATED',
    entityType: 'Indicator',
    entityId: '41',
    username: 'perf',
    actorName: 'Pat Performance',
    subject: 'Indicator 12',
  }),
];

const proposals = [
  aRagProposal({
    id: 5,
    actionId: 44,
    actionRef: '2.8',
    currentRag: 'AMBER',
    proposedRag: 'AMBER_E',
    reason: 'Joint triage is live in the MASH',
    status: 'PENDING',
    proposedBy: 'Paula Partner',
    organisation: 'Devon and Cornwall Police',
    createdAt: '2024-03-02T09:00:00Z',
    decidedBy: null,
    decidedAt: null,
    decisionNote: null,
  }),
];

function mockApi() {
  const requests: string[] = [];
  server.use(
    http.get('/api/v1/priorities', () => HttpResponse.json(priorities)),
    http.get('/api/v1/actions', ({ request }) => {
      requests.push(request.url);
      return HttpResponse.json(overdue);
    }),
    http.get('/api/v1/indicators', ({ request }) => {
      requests.push(request.url);
      return HttpResponse.json(offTarget);
    }),
    http.get('/api/v1/rag-proposals', ({ request }) => {
      requests.push(request.url);
      return HttpResponse.json(proposals);
    }),
    http.get('/api/v1/recent-changes', ({ request }) => {
      requests.push(request.url);
      return HttpResponse.json(changes);
    }),
  );
  return requests;
}

describe('DashboardPage', () => {
  it('shows the RAG counts per priority as a chart with a table of its data', async () => {
    mockApi();
    renderPage(<DashboardPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    const chart = await screen.findByRole('img', { name: /15 actions: 3 red, 6 amber/ });
    expect(chart).toHaveAccessibleName(
      'Stacked bar chart of the actions of each of 2 priorities by RAG status. ' +
        'In all, 15 actions: 3 red, 6 amber, 1 amber e, 3 green, 2 not rated.',
    );
    // The bars are drawn (a fixed first width stands in for layout): a segment for each RAG
    // status with actions, 4 in priority 1 and 3 in priority 2, each named on hover.
    const bars = chart.querySelectorAll('rect.app-bar-chart__bar');
    expect(bars).toHaveLength(7);
    expect(bars[0]).toHaveTextContent('1. Governance, leadership and management: Red 3');
    const table = screen.getByRole('table', { name: 'Actions by RAG status and priority' });
    const rows = within(table).getAllByRole('row');
    expect(rows[0]).toHaveTextContent('PriorityRedAmberAmber EGreenNot ratedTotal');
    expect(
      within(table).getByRole('rowheader', { name: '1. Governance, leadership and management' })
        .parentElement,
    ).toHaveTextContent('1. Governance, leadership and management3412010');
    expect(
      within(table).getByRole('rowheader', { name: '2. Quality of practice' }).parentElement,
    ).toHaveTextContent('2. Quality of practice020125');
    expect(screen.getByText('Show the data as a table')).toBeInTheDocument();
  }, 10_000);

  it('lists the overdue actions with their count', async () => {
    const requests = mockApi();
    renderPage(<DashboardPage />);
    expect(await screen.findByText('1 action is')).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'Overdue actions' });
    const link = within(section).getByRole('link', { name: 'Action 1.4' });
    expect(link).toHaveAttribute('href', '/actions/31');
    const row = link.closest('tr')!;
    expect(row).toHaveTextContent('Head of Quality, Principal Social Worker');
    expect(row).toHaveTextContent('31 Mar 2023');
    expect(row).toHaveTextContent('Put back once, +90 days');
    expect(within(row).getByText('Red')).toBeInTheDocument();
    const url = new URL(requests.find((r) => r.includes('/api/v1/actions'))!);
    expect(url.searchParams.get('overdue')).toBe('true');
    expect(url.searchParams.get('sort')).toBe('dueDate');
  });

  it('shows the indicators off target with their distance to target', async () => {
    const requests = mockApi();
    renderPage(<DashboardPage />);
    const link = await screen.findByRole('link', { name: '12. Re-referrals within 12 months' });
    expect(link).toHaveAttribute('href', '/indicators/41');
    const row = link.closest('tr')!;
    expect(row).toHaveTextContent('47.9%');
    expect(row).toHaveTextContent('Feb 2024');
    expect(row).toHaveTextContent('22.0% England');
    expect(row).toHaveTextContent('25.9 points above target');
    expect(row).toHaveTextContent('Declining');
    const count = screen.getByRole('link', { name: '3. Social workers per team' }).closest('tr')!;
    expect(count).toHaveTextContent('4 below target');
    expect(screen.getByText('2 indicators are')).toBeInTheDocument();
    const url = new URL(requests.find((r) => r.includes('/api/v1/indicators'))!);
    expect(url.searchParams.get('status')).toBe('OFF_TARGET');
    expect(url.searchParams.get('size')).toBe('100');
  });

  it('shows editors the RAG proposals awaiting their decision', async () => {
    const requests = mockApi();
    renderPage(<DashboardPage />);
    const panel = await screen.findByRole('region', { name: 'Awaiting your decision' });
    const link = await within(panel).findByRole('link', { name: 'Action 2.8' });
    expect(link).toHaveAttribute('href', '/actions/44');
    const row = link.closest('tr')!;
    expect(row).toHaveTextContent('Amber → to Amber E');
    expect(row).toHaveTextContent('Paula Partner (Devon and Cornwall Police)');
    const url = new URL(requests.find((r) => r.includes('/api/v1/rag-proposals'))!);
    expect(url.searchParams.get('status')).toBe('PENDING');
  });

  it('shows no decision panel to a viewer', async () => {
    signedInAs('viewer');
    mockApi();
    renderPage(<DashboardPage />);
    await screen.findByText('1 action is');
    expect(screen.queryByRole('region', { name: 'Awaiting your decision' })).toBeNull();
  });

  it("lists the recent changes in the plan's words, with values before and after", async () => {
    const requests = mockApi();
    renderPage(<DashboardPage />);
    const changesTable = await screen.findByRole('table', {
      name: 'The latest changes, newest first',
    });
    const action = within(changesTable).getByRole('link', { name: 'Action 1.4' });
    expect(action).toHaveAttribute('href', '/actions/31');
    const row = action.closest('tr')!;
    expect(row).toHaveTextContent('RAG changed');
    expect(row).toHaveTextContent('Amber → to Green');
    expect(row).toHaveTextContent('Erin Editor');
    const moved = within(changesTable).getByRole('link', { name: 'Action 2.7' }).closest('tr')!;
    expect(moved).toHaveTextContent('due date: 31 Mar 2023 → 31 Jan 2027');
    expect(within(changesTable).getByRole('link', { name: 'Indicator 12' })).toHaveAttribute(
      'href',
      '/indicators/41',
    );
    expect(screen.getByText('Indicator updated')).toBeInTheDocument();
    const url = new URL(requests.find((r) => r.includes('/api/v1/recent-changes'))!);
    expect(url.searchParams.get('limit')).toBe('10');
  });

  it('says when nothing is overdue and shows a failed section without hiding the others', async () => {
    mockApi();
    server.use(
      http.get('/api/v1/actions', () =>
        HttpResponse.json(aPage([], { size: 50, totalItems: 0, totalPages: 0 })),
      ),
      http.get('/api/v1/recent-changes', () => problem(500, 'Broken')),
    );
    renderPage(<DashboardPage />);
    expect(await screen.findByText('No actions are overdue.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('Sorry, there is a problem'),
    );
    expect(await screen.findByText('2 indicators are')).toBeInTheDocument();
  });
});
