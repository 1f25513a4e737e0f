import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderPage } from '@/testing/render';
import { problem, server, signedInAs } from '@/testing/server';
import ActionPage from './action-page';
import { aProposal, mockActionApi } from './testing/action-api';
import { today } from './utils/action-form';

function renderActionPage() {
  return renderPage(<ActionPage />, { route: '/actions/7', path: '/actions/:id' });
}

async function openPage() {
  renderActionPage();
  return screen.findByRole('heading', { level: 1, name: 'Action 2.6' });
}

/** The GOV.UK form group of a field, where its error message is shown. */
function groupOf(label: string) {
  return screen.getByLabelText(label).closest('.govuk-form-group') as HTMLElement;
}

describe('ActionPage', () => {
  it('shows every field of the action', async () => {
    mockActionApi();
    await openPage();
    expect(screen.getByText('Priority 2')).toBeInTheDocument();
    const details = screen
      .getByText('Desired outcome', { selector: 'dt' })
      .closest('dl') as HTMLElement;
    const row = (key: string) =>
      within(details).getByText(key, { selector: 'dt' }).nextElementSibling as HTMLElement;
    expect(row('Desired outcome')).toHaveTextContent('Children at risk are seen quickly');
    expect(row('Action')).toHaveTextContent('Audit the front door and report to the board');
    expect(row('Leads')).toHaveTextContent('Head of Service');
    expect(row('Leads')).toHaveTextContent('Detective Inspector');
    expect(row('Due')).toHaveTextContent('By March 2025 · 31 Mar 2025');
    expect(row('Impact')).toHaveTextContent('Fewer re-referrals');
    expect(row('How it is measured')).toHaveTextContent('Monthly audit');
    expect(row('Partners co-leading')).toHaveTextContent('Devon and Cornwall Police');
    expect(
      within(row('Findings cited')).getByRole('link', { name: 'Paragraph 12' }),
    ).toHaveAttribute('href', '/findings');
    expect(
      await within(row('Findings cited')).findByText(/Thresholds at the front door/),
    ).toBeInTheDocument();
    expect(
      within(row('Indicators')).getByRole('link', { name: '4. Re-referrals within 12 months' }),
    ).toHaveAttribute('href', '/indicators/11');
    expect(row('Last updated')).toHaveTextContent('1 Jun 2024');
    expect(screen.getAllByText('Amber')[0]).toBeInTheDocument();
    // Progress log, RAG history and the full history.
    expect(await screen.findByText(/First audit done/)).toHaveClass('app-pre-wrap');
    expect(await screen.findByText('Work has started')).toBeInTheDocument();
    expect(screen.getByText('Show the full history')).toBeInTheDocument();
    expect(await screen.findByText('Action edited')).toBeInTheDocument();
    expect(screen.getByText('due date: 31 Jan 2025 → 31 Mar 2025')).toBeInTheDocument();
    expect(screen.getByText('due date: 31 Jan 2025 → 31 Mar 2025').closest('tr')).toHaveTextContent(
      'Erin Editor',
    );
  });

  it('explains a RAG made red by the due date, and an archived action', async () => {
    mockActionApi({
      rag: 'AMBER',
      effectiveRag: 'RED',
      overdue: true,
      archived: true,
      archivedAt: '2024-07-01T09:00:00Z',
    });
    await openPage();
    expect(screen.getByText('(rated Amber, overdue)')).toBeInTheDocument();
    expect(screen.getByText(/This action was archived on 1 Jul 2024/)).toBeInTheDocument();
    // Nothing about an archived action can change.
    expect(screen.queryByRole('button', { name: 'Edit action' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { name: 'Change the RAG status' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { name: 'Add a progress update' }),
    ).not.toBeInTheDocument();
  });

  it('shows a viewer no forms or buttons at all', async () => {
    signedInAs('viewer');
    mockActionApi();
    await openPage();
    await screen.findByText(/First audit done/);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(screen.queryByText('Your organisation does not co-lead this action.')).toBeNull();
  });

  it('lets a partner on an action they co-lead propose a RAG change and add progress, not edit', async () => {
    signedInAs('partner');
    const state = mockActionApi();
    state.proposals = [
      { ...aProposal, status: 'REJECTED', decidedBy: 'Erin Editor', decisionNote: 'Not yet' },
    ];
    let proposed: unknown;
    server.use(
      http.post('/api/v1/actions/:id/rag-proposals', async ({ request }) => {
        proposed = await request.json();
        return HttpResponse.json({ ...aProposal, id: 41 }, { status: 201 });
      }),
    );
    await openPage();
    expect(screen.getByRole('heading', { name: 'Propose a RAG change' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Add a progress update' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit action' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { name: 'Change the RAG status' }),
    ).not.toBeInTheDocument();
    // The status of their organisation's proposals.
    const table = await screen.findByRole('table', { name: "Your organisation's proposals" });
    expect(within(table).getByText('Rejected')).toBeInTheDocument();
    expect(within(table).getByText('Not yet')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: 'Green' }));
    await userEvent.type(screen.getByLabelText('Why the RAG status should change'), 'Audit done');
    await userEvent.click(screen.getByRole('button', { name: 'Propose RAG change' }));
    expect(await screen.findByText(/Your proposal of Green was sent/)).toBeInTheDocument();
    expect(proposed).toEqual({ rag: 'GREEN', reason: 'Audit done' });
  });

  it('tells a partner whose organisation does not co-lead the action, without forms', async () => {
    signedInAs('partner');
    mockActionApi({ partners: [{ id: 3, name: 'NHS Devon', kind: 'PARTNER' }] });
    await openPage();
    expect(screen.getByText('Your organisation does not co-lead this action.')).toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
  });

  // A walk through the whole form: longer than the default time on a busy machine.
  it('saves an edit with If-Match and the whole action', async () => {
    const state = mockActionApi();
    let ifMatch: string | null = null;
    let sent: unknown;
    server.use(
      http.put('/api/v1/actions/:id', async ({ request }) => {
        ifMatch = request.headers.get('If-Match');
        sent = await request.json();
        state.action = { ...state.action, version: 2, impact: 'Re-referrals fall' };
        return HttpResponse.json(state.action, { headers: { ETag: '"2"' } });
      }),
    );
    await openPage();
    await userEvent.click(screen.getByRole('button', { name: 'Edit action' }));
    expect(screen.getByRole('heading', { name: 'Edit action' })).toHaveFocus();
    await userEvent.type(screen.getByLabelText('Leads'), '\nNamed GP');
    const impact = screen.getByLabelText('Impact');
    await userEvent.clear(impact);
    await userEvent.type(impact, 'Re-referrals fall');
    // The finding is found by its paragraph number and picked from the list with the keyboard.
    const findings = await screen.findByRole('group', { name: 'Findings cited' });
    expect(
      within(findings).getByRole('button', {
        name: 'Remove Para 12 — Thresholds at the front door are not understood',
      }),
    ).toBeInTheDocument();
    await userEvent.type(
      within(findings).getByRole('combobox', {
        name: 'Find a finding by paragraph number or words',
      }),
      '15{ArrowDown}{Enter}',
    );
    expect(
      within(findings).getByRole('button', { name: 'Remove Para 15 — Supervision is not regular' }),
    ).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('checkbox', { name: 'NHS Devon' }));
    await userEvent.click(
      screen.getByRole('button', { name: 'Remove 4. Re-referrals within 12 months' }),
    );
    expect(
      within(screen.getByRole('group', { name: 'Indicators' })).getByText('None chosen'),
    ).toBeInTheDocument();
    await userEvent.selectOptions(
      await screen.findByLabelText('Priority'),
      'Priority 1: Leadership',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('The action was saved')).toBeInTheDocument();
    expect(screen.getByText('Re-referrals fall')).toBeInTheDocument();
    expect(ifMatch).toBe('"1"');
    expect(sent).toEqual({
      priorityId: 10,
      ref: '2.6',
      desiredOutcome: 'Children at risk are seen quickly',
      action: 'Audit the front door\nand report to the board',
      leads: ['Head of Service', 'Detective Inspector', 'Named GP'],
      dueDate: '2025-03-31',
      dueWording: 'By March 2025',
      impact: 'Re-referrals fall',
      measure: 'Monthly audit',
      findingIds: [3, 4],
      partnerOrganisationIds: [2, 3],
      indicatorIds: [],
    });
  }, 15_000);

  it('shows the API validation errors beside their fields', async () => {
    mockActionApi();
    server.use(
      http.put('/api/v1/actions/:id', () =>
        problem(400, 'Invalid input', [
          { field: 'leads[1]', message: 'size must be between 0 and 200' },
          { field: 'dueDate', message: 'must be a date' },
          { field: 'ref', message: 'must be a reference such as 2.6' },
        ]),
      ),
    );
    await openPage();
    await userEvent.click(screen.getByRole('button', { name: 'Edit action' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('There is a problem')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Leads: Line 2: size must be between 0 and 200' }),
    ).toHaveAttribute('href', '#field-leads');
    expect(screen.getByRole('link', { name: 'Due date: must be a date' })).toHaveAttribute(
      'href',
      '#field-dueDate',
    );
    expect(groupOf('Leads')).toHaveTextContent('Line 2: size must be between 0 and 200');
    expect(groupOf('Due date')).toHaveTextContent('must be a date');
    expect(groupOf('Reference')).toHaveTextContent('must be a reference such as 2.6');
    expect(screen.getByLabelText('Reference')).toHaveAttribute(
      'aria-describedby',
      'field-ref-hint field-ref-error',
    );
  });

  it('keeps what was typed after a stale edit, shows the latest version and saves with its ETag', async () => {
    const state = mockActionApi();
    const ifMatches: (string | null)[] = [];
    const bodies: { impact?: string }[] = [];
    server.use(
      http.put('/api/v1/actions/:id', async ({ request }) => {
        ifMatches.push(request.headers.get('If-Match'));
        bodies.push((await request.json()) as { impact?: string });
        if (ifMatches.length === 1) {
          // Someone else saved meanwhile.
          state.action = { ...state.action, version: 2, measure: 'Weekly dip sample' };
          return problem(412, 'Your copy (If-Match "1") is out of date');
        }
        return HttpResponse.json(state.action, { headers: { ETag: '"3"' } });
      }),
    );
    await openPage();
    await userEvent.click(screen.getByRole('button', { name: 'Edit action' }));
    const impact = screen.getByLabelText('Impact');
    await userEvent.clear(impact);
    await userEvent.type(impact, 'My new impact');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(
      await screen.findByText(
        'Someone else changed this action since you opened it. Your changes are still below. Check the latest version (shown) and save again.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Impact')).toHaveValue('My new impact');
    const changes = await screen.findByRole('heading', {
      name: 'What changed since you opened the form',
    });
    expect(changes.parentElement).toHaveTextContent('How it is measuredWeekly dip sample');
    // The form stands in for the action's details while it is open.
    expect(screen.queryByText('Desired outcome', { selector: 'dt' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('The action was saved')).toBeInTheDocument();
    expect(ifMatches).toEqual(['"1"', '"2"']);
    expect(bodies[1].impact).toBe('My new impact');
    // Saved, the details show the latest version again.
    expect(screen.getByText('Weekly dip sample')).toBeInTheDocument();
  });

  it('lets the user take the latest value of a field changed by someone else', async () => {
    const state = mockActionApi();
    server.use(
      http.put('/api/v1/actions/:id', () => {
        state.action = { ...state.action, version: 2, measure: 'Weekly dip sample' };
        return problem(412, 'out of date');
      }),
    );
    await openPage();
    await userEvent.click(screen.getByRole('button', { name: 'Edit action' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Use the latest How it is measured' }),
    );
    expect(screen.getByLabelText('How it is measured')).toHaveValue('Weekly dip sample');
  });

  it('shows why the API refused a RAG change', async () => {
    mockActionApi();
    let sent: unknown;
    server.use(
      http.post('/api/v1/actions/:id/rag', async ({ request }) => {
        sent = await request.json();
        return problem(
          409,
          'GREEN means the change is evidenced: record at least one progress update as evidence before rating this action GREEN',
        );
      }),
    );
    await openPage();
    const form = screen
      .getByRole('heading', { name: 'Change the RAG status' })
      .closest('section') as HTMLElement;
    expect(
      within(form).getByText('Task implemented and evidence demonstrates embedded change'),
    ).toBeInTheDocument();
    await userEvent.click(within(form).getByRole('radio', { name: 'Green' }));
    await userEvent.type(within(form).getByLabelText('Reason for the change'), 'All done');
    await userEvent.click(within(form).getByRole('button', { name: 'Change RAG status' }));

    expect(await within(form).findByText('There is a problem')).toBeInTheDocument();
    expect(within(form).getByText(/GREEN means the change is evidenced/)).toBeInTheDocument();
    expect(sent).toEqual({ rag: 'GREEN', reason: 'All done' });
  });

  it('asks for the RAG and the reason before changing it', async () => {
    mockActionApi();
    await openPage();
    await userEvent.click(screen.getByRole('button', { name: 'Change RAG status' }));
    expect(
      await screen.findByRole('link', { name: 'Rag: Select the new RAG status' }),
    ).toHaveAttribute('href', '#field-rag');
    expect(
      screen.getByRole('link', { name: 'Reason: Enter the reason for the change' }),
    ).toBeInTheDocument();
  });

  it('adds a progress update and refreshes the log', async () => {
    const state = mockActionApi();
    let sent: unknown;
    server.use(
      http.post('/api/v1/actions/:id/progress-updates', async ({ request }) => {
        sent = await request.json();
        const created = {
          id: 2,
          date: today(),
          author: 'Erin Editor',
          text: 'Second audit done',
          recordedAt: new Date().toISOString(),
        };
        state.progress = [...state.progress, created];
        return HttpResponse.json(created, { status: 201 });
      }),
    );
    await openPage();
    expect(screen.getByLabelText('Date')).toHaveValue(today());
    await userEvent.type(screen.getByLabelText('What has happened'), 'Second audit done');
    await userEvent.click(screen.getByRole('button', { name: 'Add progress update' }));

    expect(await screen.findByText('Your progress update was added')).toBeInTheDocument();
    expect(sent).toEqual({ date: today(), text: 'Second audit done' });
    const log = await screen.findByRole('list', { name: 'Progress updates, newest first' });
    await waitFor(() => expect(within(log).getAllByRole('listitem')).toHaveLength(2));
    expect(within(log).getAllByRole('listitem')[0]).toHaveTextContent('Second audit done');
    expect(screen.getByLabelText('What has happened')).toHaveValue('');
  });

  it('shows progress update errors beside the fields', async () => {
    mockActionApi();
    server.use(
      http.post('/api/v1/actions/:id/progress-updates', () =>
        problem(400, 'Invalid input', [{ field: 'date', message: 'must not be in the future' }]),
      ),
    );
    await openPage();
    await userEvent.type(screen.getByLabelText('What has happened'), 'Done');
    await userEvent.click(screen.getByRole('button', { name: 'Add progress update' }));
    expect(
      await screen.findByRole('link', { name: 'Date: must not be in the future' }),
    ).toBeInTheDocument();
    expect(groupOf('Date')).toHaveTextContent('must not be in the future');
  });

  it('shows editors the pending proposals, and why accepting one was refused', async () => {
    const state = mockActionApi();
    state.proposals = [aProposal];
    let note: unknown;
    server.use(
      http.post('/api/v1/rag-proposals/:id/accept', async ({ request }) => {
        note = await request.json();
        return problem(
          409,
          'GREEN means the change is evidenced: record at least one progress update',
        );
      }),
    );
    await openPage();
    expect(
      await screen.findByRole('heading', {
        name: /Paula Partner \(Devon and Cornwall Police\) proposes/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Joint audit shows change')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Note for the partner (optional)'), 'Thanks');
    await userEvent.click(screen.getByRole('button', { name: /^Accept/ }));
    expect(await screen.findByText(/GREEN means the change is evidenced/)).toBeInTheDocument();
    expect(note).toEqual({ note: 'Thanks' });
  });

  it('shows a refused decision note beside its field, linked from the summary', async () => {
    const state = mockActionApi();
    state.proposals = [aProposal];
    server.use(
      http.post('/api/v1/rag-proposals/:id/reject', () =>
        problem(400, 'Invalid input', [
          { field: 'note', message: 'size must be between 0 and 2000' },
        ]),
      ),
    );
    await openPage();
    await userEvent.type(
      await screen.findByLabelText('Note for the partner (optional)'),
      'Too long',
    );
    await userEvent.click(screen.getByRole('button', { name: /^Reject/ }));
    expect(
      await screen.findByRole('link', { name: 'Note: size must be between 0 and 2000' }),
    ).toBeInTheDocument();
    expect(groupOf('Note for the partner (optional)')).toHaveTextContent(
      'size must be between 0 and 2000',
    );
  });

  it('rejects a proposal', async () => {
    const state = mockActionApi();
    state.proposals = [aProposal];
    server.use(
      http.post('/api/v1/rag-proposals/:id/reject', () => {
        state.proposals = [{ ...aProposal, status: 'REJECTED' }];
        return HttpResponse.json({ ...aProposal, status: 'REJECTED' });
      }),
    );
    await openPage();
    await userEvent.click(await screen.findByRole('button', { name: /^Reject/ }));
    expect(await screen.findByText('Proposal of Green rejected')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Reject/ })).toBeNull());
  });
});
