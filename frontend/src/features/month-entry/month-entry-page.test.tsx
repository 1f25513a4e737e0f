import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { aBulkResult, aPage, anIndicator, aScorecardArea, aScorecardRow } from '@/testing/builders';
import { renderPage } from '@/testing/render';
import { problem, server, signedInAs } from '@/testing/server';
import MonthEntryPage from './month-entry-page';

const NFA = "Percentage of referrals leading to 'No Further Action'";
const REFERRALS = 'Number of MASH Referrals (in month)';
const AUDITS = 'Overall number of audits completed';

const cell = (value: number, display: string, status: Schemas['ValueStatus'] = 'FINAL') => ({
  value,
  display,
  status,
});

/** Two areas: two typed indicators (one with April's figure), and one derived from audits. */
function scorecard(periods: string[]): Schemas['Scorecard'] {
  return {
    planId: 3,
    periods,
    firstPeriod: '2022-10',
    areas: [
      aScorecardArea({
        area: 'Front Door',
        priorityNumber: 2,
        indicators: [
          aScorecardRow({
            id: 109,
            number: 9,
            name: NFA,
            unit: 'PERCENT',
            values: [cell(6.4, '6.4%'), cell(9, '9.0%'), cell(12.5, '12.5%', 'PROVISIONAL'), null],
          }),
          aScorecardRow({
            id: 108,
            number: 8,
            name: REFERRALS,
            unit: 'COUNT',
            values: [cell(238, '238'), cell(166, '166'), cell(240, '240'), cell(231, '231')],
          }),
        ],
      }),
      aScorecardArea({
        area: 'Quality Assurance and Audit',
        indicators: [
          aScorecardRow({
            id: 155,
            number: 55,
            name: AUDITS,
            values: [cell(11, '11'), cell(14, '14'), cell(12, '12'), cell(3, '3')],
          }),
        ],
      }),
    ],
  };
}

const result = aBulkResult;

function refusal(fields: Partial<Schemas['BulkResult']>) {
  return HttpResponse.json(
    {
      type: '/problems/bulk-rows-refused',
      title: 'Rows refused',
      status: 422,
      detail: 'Rows refused; nothing was written',
      ...result(fields),
    },
    { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

type Sent = { query: string; key: string | null; body: unknown };

/** Answers each call to the bulk endpoint with the next answer, recording what was sent. */
function bulkAnswers(...answers: (() => Response)[]): Sent[] {
  const sent: Sent[] = [];
  server.use(
    http.post('/api/v1/bulk/indicator-values', async ({ request }) => {
      sent.push({
        query: new URL(request.url).search,
        key: request.headers.get('Idempotency-Key'),
        body: await request.json(),
      });
      return answers[sent.length - 1]();
    }),
  );
  return sent;
}

const asked: string[] = [];

const plan = (id: number, title: string): Schemas['PlanResponse'] => ({
  id,
  title,
  organisation: 'Plymouth City Council',
  period: '2023-2024',
  status: 'ACTIVE',
});

beforeEach(() => {
  signedInAs('admin');
  asked.length = 0;
  server.use(
    http.get('/api/v1/plans', () => HttpResponse.json([plan(3, 'Improvement plan')])),
    http.get('/api/v1/scorecard', ({ request }) => {
      const query = new URL(request.url).searchParams;
      asked.push(request.url.slice(request.url.indexOf('?')));
      expect(query.get('plan')).toBe('3');
      const to = query.get('to') ?? '2023-03';
      const months = Number(query.get('months'));
      const [year, month] = to.split('-').map(Number);
      const periods = Array.from({ length: months }, (_, i) => {
        const d = new Date(year, month - months + i, 1);
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
      });
      return HttpResponse.json(scorecard(periods));
    }),
    http.get('/api/v1/indicators', ({ request }) => {
      expect(new URL(request.url).searchParams.get('plan')).toBe('3');
      return HttpResponse.json(
        aPage([
          anIndicator({ id: 109, number: 9 }),
          anIndicator({ id: 108, number: 8 }),
          anIndicator({ id: 155, number: 55, derivation: 'AUDITS_COMPLETED' }),
        ]),
      );
    }),
  );
});

const figure = (number: number, name: string, month = '2023-04') =>
  screen.findByLabelText(`Figure for ${number}. ${name}, ${month}`);

describe('MonthEntryPage', () => {
  it('offers the month after the latest figures, with the months before beside each figure', async () => {
    const { router } = renderPage(<MonthEntryPage />, {
      route: '/month-entry',
      path: '/month-entry',
    });

    expect(await figure(9, NFA)).toHaveValue('');
    expect(screen.getByLabelText('Month')).toHaveValue('2023-04');
    // Kept in the address: saving April's figures makes April the latest, but the page stays.
    expect(router.state.location.search).toBe('?month=2023-04');
    expect(screen.getByRole('heading', { name: 'Figures for Apr 2023' })).toBeInTheDocument();
    expect(asked).toEqual(['?plan=3&months=1', '?plan=3&months=4&to=2023-04']);

    const frontDoor = screen.getByRole('table', { name: 'Front Door' });
    const nfa = within(frontDoor).getByRole('row', { name: new RegExp(NFA) });
    expect(
      within(nfa)
        .getAllByRole('cell')
        .slice(0, 5)
        .map((c) => c.textContent),
    ).toEqual(['9', 'Percentage', '6.4%', '9.0%', '12.5% (p)(provisional)']);
    expect(
      within(frontDoor)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual([
      'No.',
      'Indicator',
      'Unit',
      'Jan 23January 2023',
      'Feb 23February 2023',
      'Mar 23March 2023',
      'Figure for Apr 2023',
    ]);
    // April's figure, already entered, is there to correct; the unit is read with the input.
    const referrals = await figure(8, REFERRALS);
    expect(referrals).toHaveValue('231');
    expect(referrals).toHaveAccessibleDescription('Count');

    // A derived indicator shows its figure and where it comes from, with nothing to type.
    const audits = screen.getByRole('table', { name: 'Quality Assurance and Audit' });
    const row = within(audits).getByRole('row', { name: new RegExp(AUDITS) });
    expect(row).toHaveTextContent('3 From case audits');
    expect(within(row).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('checks the figures entered or changed in one call, and shows a refusal beside its input', async () => {
    const sent = bulkAnswers(
      () =>
        refusal({
          updated: 1,
          rejected: 1,
          errors: [
            { line: 1, column: 'value', value: '1x.2', reason: 'must be a number, e.g. 64.2' },
          ],
        }),
      () => HttpResponse.json(result({ created: 1, updated: 1 })),
      () => HttpResponse.json(result({ created: 1, updated: 1, batchId: 12 })),
    );
    renderPage(<MonthEntryPage />);
    const nfa = await figure(9, NFA);
    await userEvent.type(nfa, '1x.2');
    await userEvent.clear(await figure(8, REFERRALS));
    await userEvent.type(await figure(8, REFERRALS), '236');
    await userEvent.click(screen.getByRole('radio', { name: 'Final' }));
    // April's 231 referrals is final: a board has seen it, so its correction says why.
    await userEvent.click(screen.getByRole('button', { name: 'Check figures' }));
    expect(
      await screen.findByRole('link', {
        name: 'Reason: Enter why the final figures are corrected',
      }),
    ).toHaveAttribute('href', '#field-reason');
    expect(sent).toEqual([]);
    await userEvent.type(
      screen.getByLabelText('Why are final figures corrected?'),
      'Five late referrals added',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Check figures' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: `9. ${NFA}: The figure must be a number, e.g. 64.2`,
      }),
    ).toHaveAttribute('href', '#field-figure-9');
    expect(nfa).toHaveAccessibleDescription(
      'Percentage Error: The figure must be a number, e.g. 64.2',
    );
    expect(screen.queryByRole('button', { name: 'Save figures' })).not.toBeInTheDocument();
    // Only the figures typed or changed are sent, as typed, in one dry run.
    expect(sent).toEqual([
      {
        query: '?plan=3&dryRun=true',
        key: null,
        body: {
          values: [
            { indicator: 9, period: '2023-04', value: '1x.2', status: 'FINAL' },
            {
              indicator: 8,
              period: '2023-04',
              value: '236',
              status: 'FINAL',
              note: 'Five late referrals added',
            },
          ],
        },
      },
    ]);

    await userEvent.clear(nfa);
    await userEvent.type(nfa, '13.2');
    await userEvent.click(screen.getByRole('button', { name: 'Check figures' }));
    expect(await screen.findByRole('heading', { name: 'The figures can be saved' })).toHaveFocus();
    expect(
      screen.getByText(/Saving Apr 2023 makes 1 new, 1 changed and 0 unchanged/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save figures' }));

    expect(
      await screen.findByRole('heading', { name: 'Figures for Apr 2023 saved as batch 12' }),
    ).toBeInTheDocument();
    expect(screen.getByText('1 new, 1 changed, 0 unchanged.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See batch 12 on the Uploads page' })).toHaveAttribute(
      'href',
      '/uploads#upload-history',
    );
    expect(sent[2].query).toBe('?plan=3');
    expect(sent[2].key).toMatch(/^month-entry-[0-9a-f]{32}$/);
    expect(sent[2].body).toEqual(sent[1].body);
    expect(sent[1].body).toEqual({
      values: [
        { indicator: 9, period: '2023-04', value: '13.2', status: 'FINAL' },
        {
          indicator: 8,
          period: '2023-04',
          value: '236',
          status: 'FINAL',
          note: 'Five late referrals added',
        },
      ],
    });
  });

  it('saves figures with warnings only once they are acknowledged, with one key for retries', async () => {
    const warning = {
      line: 1,
      column: 'value',
      value: '0.13',
      reason: "is far from this indicator's recent figures (around 9.0, more than 3 times apart)",
    };
    const sent = bulkAnswers(
      () => HttpResponse.json(result({ created: 1, warned: 1, warnings: [warning] })),
      // The first answer is lost: the server fails before answering.
      () => problem(503, 'The service is busy'),
      () => HttpResponse.json(result({ created: 1, warned: 1, batchId: 13 })),
    );
    renderPage(<MonthEntryPage />);
    const nfa = await figure(9, NFA);
    await userEvent.type(nfa, '0.13');
    await userEvent.click(screen.getByRole('button', { name: 'Check figures' }));

    await screen.findByRole('heading', { name: 'The figures can be saved' });
    expect(nfa).toHaveAccessibleDescription(
      "Percentage Check this figure: The figure is far from this indicator's recent figures (around 9.0, more than 3 times apart)",
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save figures' }));
    expect(
      await screen.findByRole('link', {
        name: 'Warnings: Confirm that you have checked the figures with warnings',
      }),
    ).toBeInTheDocument();
    expect(sent).toHaveLength(1);

    await userEvent.click(screen.getByLabelText('I have checked these figures'));
    await userEvent.click(screen.getByRole('button', { name: 'Save figures' }));
    expect(await screen.findByText('The service is busy')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save figures' }));

    expect(
      await screen.findByRole('heading', { name: 'Figures for Apr 2023 saved as batch 13' }),
    ).toBeInTheDocument();
    expect(sent.map((s) => s.query)).toEqual([
      '?plan=3&dryRun=true',
      '?plan=3&acknowledgeWarnings=true',
      '?plan=3&acknowledgeWarnings=true',
    ]);
    expect(sent[1].key).toMatch(/^month-entry-/);
    expect(sent[2].key).toBe(sent[1].key);
  });

  it('moves down the column of figures with Enter, then to the check', async () => {
    renderPage(<MonthEntryPage />);
    const nfa = await figure(9, NFA);
    await userEvent.click(nfa);
    await userEvent.keyboard('5{Enter}');
    expect(await figure(8, REFERRALS)).toHaveFocus();
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    expect(nfa).toHaveFocus();
    await userEvent.tab();
    expect(await figure(8, REFERRALS)).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Check figures' })).toHaveFocus();
    expect(nfa).toHaveValue('5');
  });

  it('sends nothing when no figure was entered, or when a saved one was emptied', async () => {
    const sent = bulkAnswers();
    renderPage(<MonthEntryPage />);
    await figure(9, NFA);
    await userEvent.click(screen.getByRole('button', { name: 'Check figures' }));
    expect(
      await screen.findByText('Enter or change at least one figure for Apr 2023'),
    ).toBeInTheDocument();

    await userEvent.clear(await figure(8, REFERRALS));
    await userEvent.click(screen.getByRole('button', { name: 'Check figures' }));
    expect(
      await screen.findByRole('link', {
        name: `8. ${REFERRALS}: Enter the figure: a saved figure cannot be deleted here`,
      }),
    ).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('shows another month when one is chosen', async () => {
    const { router } = renderPage(<MonthEntryPage />, {
      route: '/month-entry',
      path: '/month-entry',
    });
    await figure(9, NFA);
    fireEvent.change(screen.getByLabelText('Month'), { target: { value: '2023-02' } });
    await userEvent.click(screen.getByRole('button', { name: 'Show month' }));

    expect(await figure(9, NFA, '2023-02')).toHaveValue('');
    expect(router.state.location.search).toBe('?month=2023-02');
    expect(asked.at(-1)).toBe('?plan=3&months=4&to=2023-02');
    expect(screen.getByRole('heading', { name: 'Figures for Feb 2023' })).toBeInTheDocument();
  });

  it('shows the plan chosen when there are several', async () => {
    server.use(
      http.get('/api/v1/plans', () =>
        HttpResponse.json([plan(1, 'SEND improvement plan'), plan(3, 'Improvement plan')]),
      ),
    );
    const { router } = renderPage(<MonthEntryPage />, {
      route: '/month-entry?plan=3&month=2023-04',
      path: '/month-entry',
    });
    expect(await figure(9, NFA)).toBeInTheDocument();
    expect(screen.getByLabelText('Plan')).toHaveValue('3');
    expect(asked).toEqual(['?plan=3&months=4&to=2023-04']);

    fireEvent.change(screen.getByLabelText('Month'), { target: { value: '2023-03' } });
    await userEvent.click(screen.getByRole('button', { name: 'Show month' }));
    expect(await figure(9, NFA, '2023-03')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?month=2023-03&plan=3');
  });

  it('tells users without the bulk permission that they cannot enter figures here', async () => {
    signedInAs('viewer');
    renderPage(<MonthEntryPage />);
    expect(
      await screen.findByText(
        "Only the performance team and administrators can enter a month's figures here.",
      ),
    ).toBeInTheDocument();
    expect(asked).toEqual([]);
  });
});
