import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { aFinding, anAction, aPage, aPriority } from '@/testing/builders';
import { renderPage } from '@/testing/render';
import { server } from '@/testing/server';
import PlanPage from './plan-page';

const priorities = [
  aPriority({
    id: 11,
    number: 1,
    title: 'Governance, leadership and management',
    statement: 'Leaders know their services well and act on what they know.',
    actionCount: 2,
  }),
  aPriority({
    id: 12,
    number: 2,
    title: 'Quality of practice',
    statement: 'Children get the right help at the right time.',
    actionCount: 1,
  }),
];

const findings = [
  aFinding({ id: 1, paragraph: null, label: 'Management oversight', summary: '' }),
  aFinding({ id: 2, paragraph: 13, label: 'para 13', summary: 'Supervision is not regular' }),
  aFinding({ id: 3, paragraph: 21, label: 'para 21', summary: '' }),
];

const actions = [
  anAction({
    id: 101,
    priorityId: 11,
    priorityNumber: 1,
    ref: '1.1',
    desiredOutcome: 'Leaders have a clear view of practice',
    action: 'Set up a monthly performance board chaired by the Director',
    leads: ['Director of Children’s Services'],
    dueWording: 'March 2023',
    dueDate: '2023-03-31',
    rag: 'AMBER',
    effectiveRag: 'RED',
    overdue: true,
  }),
  anAction({
    id: 102,
    priorityId: 11,
    priorityNumber: 1,
    ref: '1.2',
    desiredOutcome: 'Staff feel supported',
    action: 'Run a staff survey',
    leads: ['Head of Service'],
    dueDate: '2025-12-31',
    rag: 'GREEN',
    effectiveRag: 'GREEN',
    overdue: false,
  }),
  anAction({
    id: 201,
    priorityId: 12,
    priorityNumber: 2,
    ref: '2.6',
    desiredOutcome: 'Better plans',
    action: 'Audit child protection plans',
    leads: ['Principal Social Worker', 'Police DI'],
    dueWording: 'Ongoing',
    rag: null,
    effectiveRag: null,
    overdue: false,
  }),
];

function mockApi(page: Partial<Schemas['PageActionResponse']> = {}) {
  const requests: URL[] = [];
  server.use(
    http.get('/api/v1/priorities', () => HttpResponse.json(priorities)),
    http.get('/api/v1/findings', () => HttpResponse.json(findings)),
    http.get('/api/v1/actions', ({ request }) => {
      requests.push(new URL(request.url));
      return HttpResponse.json({ ...aPage(actions, { size: 50 }), ...page });
    }),
  );
  return requests;
}

describe('PlanPage', () => {
  it('shows the actions grouped by priority', async () => {
    mockApi();
    renderPage(<PlanPage />, { route: '/plan', path: '/plan' });
    expect(await screen.findByText('3 actions')).toBeInTheDocument();
    const first = await screen.findByRole('heading', {
      level: 2,
      name: '1. Governance, leadership and management',
    });
    const section = first.closest('section')!;
    expect(within(section).getByText('Strategic statement')).toBeInTheDocument();
    expect(
      within(section).getByText('Leaders know their services well and act on what they know.'),
    ).toBeInTheDocument();
    const overdue = within(section).getByRole('link', { name: 'Action 1.1' });
    expect(overdue).toHaveAttribute('href', '/actions/101');
    const row = overdue.closest('tr')!;
    expect(row).toHaveTextContent('Leaders have a clear view of practice');
    expect(row).toHaveTextContent('Set up a monthly performance board');
    expect(row).toHaveTextContent('Director of Children’s Services');
    expect(row).toHaveTextContent('March 2023');
    expect(row).toHaveTextContent('31 Mar 2023');
    expect(row).toHaveTextContent('Red (overdue)');
    expect(
      within(section).getByRole('link', { name: 'Action 1.2' }).closest('tr'),
    ).toHaveTextContent(/Green$/);

    const second = screen.getByRole('heading', { level: 2, name: '2. Quality of practice' });
    const other = within(second.closest('section')!).getByRole('link', { name: 'Action 2.6' });
    expect(other.closest('tr')).toHaveTextContent('Principal Social Worker, Police DI');
    expect(other.closest('tr')).toHaveTextContent('Not rated');
  });

  it('reads the filters from the URL and sends them to the API', async () => {
    const requests = mockApi({ totalItems: 120, totalPages: 3, page: 2 });
    renderPage(<PlanPage />, {
      route: '/plan?priority=11&rag=RED&lead=director&overdue=true&finding=13&q=board&page=2',
      path: '/plan',
    });
    expect(await screen.findByText('120 actions match the filters')).toBeInTheDocument();
    const query = requests.at(-1)!.searchParams;
    expect(Object.fromEntries(query)).toEqual({
      priority: '11',
      effectiveRag: 'RED',
      lead: 'director',
      overdue: 'true',
      finding: '13',
      q: 'board',
      page: '2',
      size: '50',
    });
    expect(screen.getByLabelText('RAG status')).toHaveValue('RED');
    expect(screen.getByLabelText('Lead')).toHaveValue('director');
    expect(screen.getByLabelText('Search')).toHaveValue('board');
    expect(screen.getByLabelText('Overdue only')).toBeChecked();
    await waitFor(() => expect(screen.getByLabelText('Priority')).toHaveValue('11'));
    expect(screen.getByLabelText('Priority')).toHaveDisplayValue(
      '1. Governance, leadership and management',
    );
    await waitFor(() =>
      expect(screen.getByLabelText('Inspection finding')).toHaveDisplayValue(
        'para 13 – Supervision is not regular',
      ),
    );
    expect(screen.getByText('Page 2 of 3')).toBeInTheDocument();
  });

  it('applies the filters to the URL and the request', async () => {
    const requests = mockApi();
    const { router } = renderPage(<PlanPage />, { route: '/plan', path: '/plan' });
    expect(await screen.findByText('3 actions')).toBeInTheDocument();
    expect(Object.fromEntries(requests[0].searchParams)).toEqual({ page: '1', size: '50' });

    await screen.findByRole('option', { name: '2. Quality of practice' });
    await userEvent.selectOptions(screen.getByLabelText('Priority'), '2. Quality of practice');
    await userEvent.selectOptions(screen.getByLabelText('RAG status'), 'Not rated');
    await userEvent.type(screen.getByLabelText('Lead'), 'police');
    await userEvent.click(screen.getByLabelText('Overdue only'));
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() =>
      expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
        priority: '12',
        rag: 'NONE',
        lead: 'police',
        overdue: 'true',
      }),
    );
    await waitFor(() =>
      expect(Object.fromEntries(requests.at(-1)!.searchParams)).toEqual({
        priority: '12',
        effectiveRag: 'NONE',
        lead: 'police',
        overdue: 'true',
        page: '1',
        size: '50',
      }),
    );
    expect(await screen.findByText('3 actions match the filters')).toBeInTheDocument();
  });

  it('clears the filters', async () => {
    mockApi();
    const { router } = renderPage(<PlanPage />, {
      route: '/plan?rag=GREEN&lead=head',
      path: '/plan',
    });
    expect(await screen.findByText('3 actions match the filters')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByText('3 actions')).toBeInTheDocument();
    expect(screen.getByLabelText('RAG status')).toHaveValue('');
    expect(screen.getByLabelText('Lead')).toHaveValue('');
  });

  it('moves between pages, keeping the filters', async () => {
    mockApi({ totalItems: 120, totalPages: 3, page: 1 });
    const { router } = renderPage(<PlanPage />, { route: '/plan?rag=AMBER', path: '/plan' });
    await userEvent.click(await screen.findByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(router.state.location.search).toBe('?rag=AMBER&page=2'));
  });

  it('says when no action matches', async () => {
    mockApi({ items: [], totalItems: 0, totalPages: 0 });
    renderPage(<PlanPage />, { route: '/plan?q=nothing', path: '/plan' });
    expect(await screen.findByText('No actions match the filters.')).toBeInTheDocument();
    expect(screen.getByText('0 actions match the filters')).toBeInTheDocument();
  });
});
