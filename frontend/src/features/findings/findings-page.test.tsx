import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { aFinding, aPriority } from '@/testing/builders';
import { renderPage } from '@/testing/render';
import { server, signedInAs } from '@/testing/server';
import FindingsPage from './findings-page';

const SOURCE = 'FDFV Dec 2022';

const findings = [
  aFinding({
    id: 1,
    source: SOURCE,
    paragraph: null,
    label: 'The quality of management oversight',
    summary: 'Managers do not check that plans are followed.',
    priorityAction: true,
    answered: true,
    actions: [
      { id: 101, ref: '1.1', action: 'Board', rag: 'AMBER', effectiveRag: 'RED' },
      { id: 206, ref: '2.6', action: 'Audit', rag: 'GREEN', effectiveRag: 'GREEN' },
    ],
  }),
  aFinding({
    id: 2,
    source: SOURCE,
    paragraph: null,
    label: 'Return home interviews',
    summary: 'Return home interviews',
    priorityAction: false,
    answered: false,
    actions: [],
  }),
  aFinding({
    id: 4,
    source: SOURCE,
    paragraph: 21,
    label: 'para 21',
    summary: '',
    priorityAction: false,
    answered: true,
    actions: [{ id: 301, ref: '3.1', action: 'Train', rag: 'AMBER_E', effectiveRag: 'AMBER_E' }],
  }),
  aFinding({
    id: 3,
    source: SOURCE,
    paragraph: 13,
    label: 'para 13',
    summary: 'Supervision is not regular.',
    priorityAction: false,
    answered: false,
    actions: [],
  }),
];

function mockApi() {
  const requests: URL[] = [];
  server.use(
    http.get('/api/v1/findings', ({ request }) => {
      const url = new URL(request.url);
      requests.push(url);
      return HttpResponse.json(
        url.searchParams.get('answered') === 'false'
          ? findings.filter((f) => !f.answered)
          : findings,
      );
    }),
    http.get('/api/v1/priorities', () => HttpResponse.json([aPriority({ id: 1, planId: 7 })])),
  );
  return requests;
}

function rowOf(name: string) {
  return screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr')!;
}

describe('FindingsPage', () => {
  it('shows every finding, grouped, with the actions answering it', async () => {
    mockApi();
    renderPage(<FindingsPage />, { route: '/findings', path: '/findings' });
    expect(
      await screen.findByText(/Every finding of the inspection \(FDFV Dec 2022\)/),
    ).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Areas for priority action',
      'Areas for focused practice improvement',
      'Paragraphs cited',
    ]);
    const oversight = rowOf('The quality of management oversight');
    expect(oversight).toHaveTextContent('Managers do not check that plans are followed.');
    expect(within(oversight).getByRole('link', { name: 'Action 1.1' })).toHaveAttribute(
      'href',
      '/actions/101',
    );
    expect(within(oversight).getByRole('link', { name: 'Action 2.6' })).toHaveAttribute(
      'href',
      '/actions/206',
    );
    expect(within(oversight).getByText('Red')).toBeInTheDocument();
    expect(within(oversight).getByText('Green')).toBeInTheDocument();
    expect(within(oversight).queryByText('Not answered')).not.toBeInTheDocument();
    // Rows sharing a ref are told apart by their words.
    expect(within(oversight).getByText('Board')).toBeInTheDocument();
    // A summary that only repeats the label is not shown twice.
    expect(screen.getByRole('rowheader', { name: /^Return home/ })).toHaveTextContent(
      /^Return home interviews$/,
    );

    const paragraphs = within(screen.getByRole('table', { name: 'Paragraphs cited' }))
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(paragraphs).toEqual(['para 13Supervision is not regular.', 'para 21']);
    expect(within(rowOf('para 21')).getByText('Amber E')).toBeInTheDocument();
  });

  it('makes the unanswered findings stand out, with their count', async () => {
    mockApi();
    renderPage(<FindingsPage />, { route: '/findings', path: '/findings' });
    expect(
      await screen.findByText('2 of 4 findings have no action answering them'),
    ).toBeInTheDocument();
    for (const name of ['Return home interviews', 'para 13']) {
      const tag = within(rowOf(name)).getByText('Not answered');
      expect(tag).toHaveClass('govuk-tag', 'govuk-tag--red');
    }
    expect(screen.getAllByText('Not answered')).toHaveLength(2);
  });

  it('shows only the unanswered findings, asking the API for them', async () => {
    const requests = mockApi();
    const { router } = renderPage(<FindingsPage />, { route: '/findings', path: '/findings' });
    await userEvent.click(
      await screen.findByRole('link', { name: 'Show only unanswered findings' }),
    );
    expect(router.state.location.search).toBe('?answered=false');
    expect(await screen.findByRole('link', { name: 'Show all findings' })).toBeInTheDocument();
    expect(requests.some((r) => r.searchParams.get('answered') === 'false')).toBe(true);
    expect(await screen.findByRole('rowheader', { name: /^para 13/ })).toBeInTheDocument();
    expect(screen.queryByRole('rowheader', { name: /^para 21/ })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { name: 'Areas for priority action' }),
    ).not.toBeInTheDocument();
    // The count is still of all the findings.
    expect(screen.getByText('2 of 4 findings have no action answering them')).toBeInTheDocument();
  });

  it('says when every finding is answered', async () => {
    server.use(
      http.get('/api/v1/findings', () => HttpResponse.json(findings.filter((f) => f.answered))),
      http.get('/api/v1/priorities', () => HttpResponse.json([aPriority({ planId: 7 })])),
    );
    renderPage(<FindingsPage />, { route: '/findings', path: '/findings' });
    expect(
      await screen.findByText('All 2 findings have at least one action answering them.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Not answered')).not.toBeInTheDocument();
  });

  it('lets an editor add a finding of a new letter', async () => {
    mockApi();
    let sent: unknown;
    server.use(
      http.post('/api/v1/findings', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(
          aFinding({ id: 9, label: 'Quality of supervision in the disability team.' }),
          { status: 201 },
        );
      }),
    );
    renderPage(<FindingsPage />, { route: '/findings', path: '/findings' });
    await userEvent.click(await screen.findByText('Add a finding'));
    // The letter of the plan's findings is offered; what the finding says is required.
    expect(screen.getByLabelText('Letter')).toHaveValue(SOURCE);
    await userEvent.click(screen.getByRole('button', { name: 'Add finding' }));
    expect(
      await screen.findByRole('link', { name: /Enter what the finding says/ }),
    ).toBeInTheDocument();
    expect(sent).toBeUndefined();

    await userEvent.clear(screen.getByLabelText('Letter'));
    await userEvent.type(screen.getByLabelText('Letter'), 'Monitoring visit Jun 2023');
    await userEvent.type(
      screen.getByLabelText('What the finding says'),
      'Quality of supervision in the disability team.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add finding' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Added “Quality of supervision in the disability team.”',
    );
    expect(sent).toEqual({
      planId: 7,
      source: 'Monitoring visit Jun 2023',
      paragraph: null,
      summary: 'Quality of supervision in the disability team.',
      priorityAction: false,
    });
  });

  it('offers no form to a viewer', async () => {
    signedInAs('viewer');
    mockApi();
    renderPage(<FindingsPage />, { route: '/findings', path: '/findings' });
    await screen.findByText(/Every finding of the inspection/);
    expect(screen.queryByText('Add a finding')).toBeNull();
  });
});
