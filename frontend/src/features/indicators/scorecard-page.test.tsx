import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { aScorecardArea, aScorecardRow } from '@/testing/builders';
import { renderPage } from '@/testing/render';
import { problem, server } from '@/testing/server';
import ScorecardPage from './scorecard-page';
import { SCORECARD_COLUMN_REMS } from './utils/fit-months';

// The API sends null where a month has no figure, though the contract types every cell as present.
const noFigure = null;

// As the API sends it: months are "YYYY-MM" strings.
const scorecard: Schemas['Scorecard'] = {
  planId: 1,
  periods: ['2022-10', '2022-11', '2022-12'],
  firstPeriod: '2019-01',
  areas: [
    aScorecardArea({
      area: 'Quality Assurance and Audit',
      areaNote: 'auditing',
      priorityNumber: 1,
      indicators: [
        aScorecardRow({
          id: 11,
          number: 1,
          name: 'Audits rated good or better',
          unit: 'PERCENT',
          basis: 'IN_MONTH',
          polarity: 'HIGHER_IS_BETTER',
          flags: ['NEW'],
          mtfp: 'MTFP 7',
          target: { kind: 'NUMERIC', value: 90 },
          values: [
            { value: 60.2, status: 'FINAL', display: '60.2%' },
            noFigure,
            { value: 64.1, status: 'PROVISIONAL', display: '64.1%' },
          ],
          direction: 'IMPROVING',
          targetStatus: 'OFF_TARGET',
          distanceToTarget: -25.9,
        }),
        aScorecardRow({
          id: 12,
          number: 2,
          name: 'Audits moderated',
          unit: 'COUNT',
          basis: 'IN_MONTH',
          polarity: 'NEUTRAL',
          flags: [],
          target: { kind: 'MONITOR' },
          dataStatus: 'Report development required',
          values: [noFigure, noFigure, noFigure],
          direction: 'NO_TREND',
          targetStatus: 'NO_TARGET',
        }),
        aScorecardRow({
          id: 13,
          number: 3,
          name: 'Audits with a child-centred plan',
          unit: 'PERCENT',
          basis: 'IN_MONTH',
          polarity: 'HIGHER_IS_BETTER',
          flags: [],
          target: { kind: 'NUMERIC', value: 80 },
          dataStatus: 'Report development required',
          values: [noFigure, noFigure, { value: 41.5, status: 'FINAL', display: '41.5%' }],
          direction: 'NO_TREND',
          targetStatus: 'OFF_TARGET',
          distanceToTarget: -38.5,
        }),
      ],
    }),
    aScorecardArea({
      area: 'Children in care',
      priorityNumber: 3,
      indicators: [
        aScorecardRow({
          id: 21,
          number: 14,
          name: 'Children in care rate',
          unit: 'RATE_PER_10K',
          basis: 'MONTH_END_SNAPSHOT',
          polarity: 'LOWER_IS_BETTER',
          flags: ['R12M'],
          target: { kind: 'NUMERIC', value: 70, comparator: 'England' },
          values: [
            { value: 80.1, status: 'FINAL', display: '80.1r' },
            { value: 78.2, status: 'FINAL', display: '78.2r' },
            { value: 74.5, status: 'FINAL', display: '74.5r' },
          ],
          direction: 'DECLINING',
          targetStatus: 'NEAR',
          distanceToTarget: 4.5,
        }),
      ],
    }),
  ],
};

function serveScorecard() {
  const requests: URLSearchParams[] = [];
  server.use(
    http.get('/api/v1/scorecard', ({ request }) => {
      requests.push(new URL(request.url).searchParams);
      return HttpResponse.json(scorecard);
    }),
  );
  return requests;
}

/**
 * A screen with room for the scorecard's columns other than the months and for `months` month
 * columns (jsdom lays nothing out, and its type is 16 pixels to the rem).
 */
function screenWithRoomFor(months: number) {
  const { month, ...others } = SCORECARD_COLUMN_REMS;
  const rems = Object.values(others).reduce((sum, w) => sum + w, 0) + months * month;
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(16 * rems + 10);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ScorecardPage', () => {
  it('shows each area as a table of figures by month, with direction and status in words', async () => {
    const requests = serveScorecard();
    renderPage(<ScorecardPage />, { route: '/scorecard', path: '/scorecard' });

    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Quality Assurance and Audit (auditing)',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Children in care' })).toBeInTheDocument();
    expect(requests[0].get('months')).toBe('6');
    expect(requests[0].get('to')).toBeNull();

    const audit = screen.getByRole('table', { name: 'Quality Assurance and Audit (auditing)' });
    expect(within(audit).getByRole('columnheader', { name: 'October 2022' })).toHaveTextContent(
      'Oct 22',
    );
    const good = within(audit).getByRole('row', { name: /Audits rated good or better/ });
    expect(within(good).getByRole('link', { name: 'Audits rated good or better' })).toHaveAttribute(
      'href',
      '/indicators/11',
    );
    expect(within(good).getByText('NEW')).toHaveClass('govuk-tag');
    const cells = within(good).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent('60.2%');
    expect(cells[2]).toHaveTextContent('–');
    expect(cells[3]).toHaveTextContent('64.1% (p)');
    expect(within(good).getByText('Improving')).toBeInTheDocument();
    expect(within(good).getByText('90.0%')).toBeInTheDocument();
    expect(within(good).getByText('Off target')).toHaveClass('govuk-tag--red');
    expect(within(good).getByText('25.9 points below')).toBeInTheDocument();
    expect(within(good).getByText('MTFP 7')).toBeInTheDocument();
    // The trend line is decoration: the row gives its figures.
    expect(good.querySelector('.app-sparkline')).toHaveAttribute('aria-hidden', 'true');

    const moderated = within(audit).getByRole('row', { name: /Audits moderated/ });
    expect(within(moderated).getByText('Report development required')).toHaveAttribute(
      'colspan',
      '3',
    );
    expect(within(moderated).getByText('Monitor')).toBeInTheDocument();
    expect(within(moderated).getByText('No target')).toHaveClass('govuk-tag--grey');
    expect(within(moderated).getByText('No trend')).toBeInTheDocument();

    const care = screen.getByRole('row', { name: /Children in care rate/ });
    expect(within(care).getByText('Declining')).toBeInTheDocument();
    expect(within(care).getByText('70.0r England')).toBeInTheDocument();
    expect(within(care).getByText('Near')).toHaveClass('govuk-tag--yellow');
    expect(within(care).getByText('4.5 per 10,000 above')).toBeInTheDocument();

    // The wide tables can be scrolled from the keyboard.
    const region = screen.getByRole('region', { name: /Quality Assurance and Audit/ });
    expect(region).toHaveAttribute('tabindex', '0');
  });

  it('shows a figure entered for an indicator with a data-status note, keeping the note', async () => {
    serveScorecard();
    renderPage(<ScorecardPage />, { route: '/scorecard', path: '/scorecard' });

    const row = await screen.findByRole('row', { name: /Audits with a child-centred plan/ });
    const cells = within(row).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent('–');
    expect(cells[3]).toHaveTextContent('41.5%');
    expect(within(row).getByText('Report development required')).not.toHaveAttribute('colspan');
    expect(within(row).getByText('Off target')).toBeInTheDocument();
  });

  it('changes the months shown, keeping them in the address and in the CSV link', async () => {
    const requests = serveScorecard();
    const { router } = renderPage(<ScorecardPage />, { route: '/scorecard', path: '/scorecard' });
    expect(await screen.findByRole('link', { name: 'Download as CSV' })).toHaveAttribute(
      'href',
      '/api/v1/scorecard?format=csv&months=6',
    );

    await userEvent.selectOptions(screen.getByLabelText('Months shown'), '12');
    const upTo = screen.getByLabelText('Up to') as HTMLSelectElement;
    const month = upTo.options[3].value;
    await userEvent.selectOptions(upTo, month);
    await userEvent.click(screen.getByRole('button', { name: 'Show' }));

    await vi.waitFor(() => expect(requests.at(-1)?.get('months')).toBe('12'));
    expect(requests.at(-1)?.get('to')).toBe(month);
    expect(router.state.location.search).toBe(`?months=12&to=${month}`);
    const csv = screen.getByRole('link', { name: 'Download as CSV' });
    expect(csv).toHaveAttribute('href', `/api/v1/scorecard?format=csv&months=12&to=${month}`);
    expect(csv).toHaveAttribute('download');
  });

  it("reaches back to the plan's first month with figures", async () => {
    serveScorecard();
    renderPage(<ScorecardPage />, { route: '/scorecard', path: '/scorecard' });
    await screen.findByRole('heading', { name: 'Children in care' });
    const upTo = screen.getByLabelText('Up to') as HTMLSelectElement;
    const values = Array.from(upTo.options).map((o) => o.value);
    expect(values.at(-1)).toBe('2019-01');
    expect(values).toContain('2022-10');
  });

  it('reads the months from the address', async () => {
    const requests = serveScorecard();
    renderPage(<ScorecardPage />, { route: '/scorecard?months=3&to=2022-12', path: '/scorecard' });
    await screen.findByRole('heading', { name: 'Children in care' });
    expect(requests[0].get('months')).toBe('3');
    expect(requests[0].get('to')).toBe('2022-12');
    expect(screen.getByLabelText('Months shown')).toHaveValue('3');
    expect(screen.getByLabelText('Up to')).toHaveValue('2022-12');
  });

  it('leaves out the earliest months on a narrow screen, keeping target, status and MTFP', async () => {
    screenWithRoomFor(2);
    serveScorecard();
    renderPage(<ScorecardPage />, { route: '/scorecard', path: '/scorecard' });

    const audit = await screen.findByRole('table', {
      name: 'Quality Assurance and Audit (auditing)',
    });
    expect(
      screen.getByText(
        'Oct 2022 is left out of the tables to fit your screen. The CSV, the Excel workbook and the printed page have every month.',
      ),
    ).toBeInTheDocument();
    const headers = within(audit)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual([
      'No.',
      'Indicator',
      'Nov 22November 2022',
      'Dec 22December 2022',
      'Direction',
      'Target',
      'Status',
      'MTFP',
    ]);
    const good = within(audit).getByRole('row', { name: /Audits rated good or better/ });
    const cells = within(good).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent('–');
    expect(cells[2]).toHaveTextContent('64.1% (p)');
    expect(within(good).getByText('Off target')).toBeInTheDocument();
    const moderated = within(audit).getByRole('row', { name: /Audits moderated/ });
    expect(within(moderated).getByText('Report development required')).toHaveAttribute(
      'colspan',
      '2',
    );

    // Printed, the page has every month.
    fireEvent(window, new Event('beforeprint'));
    expect(within(audit).getByRole('columnheader', { name: 'October 2022' })).toBeInTheDocument();
    expect(screen.queryByText(/left out of the tables/)).not.toBeInTheDocument();
  });

  it('shows a card per indicator, status first, on a screen too narrow for a table', async () => {
    screenWithRoomFor(1);
    serveScorecard();
    renderPage(<ScorecardPage />, { route: '/scorecard', path: '/scorecard' });

    const audit = await screen.findByRole('list', {
      name: 'Quality Assurance and Audit (auditing)',
    });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(within(audit).getAllByRole('listitem')).toHaveLength(3);

    const good = within(audit).getAllByRole('listitem')[0];
    expect(
      within(good).getByRole('heading', { level: 3, name: '1. Audits rated good or better NEW' }),
    ).toBeInTheDocument();
    expect(
      within(good).getByRole('link', { name: '1. Audits rated good or better' }),
    ).toHaveAttribute('href', '/indicators/11');
    const facts = Array.from(good.querySelectorAll('dt'), (dt) => [
      dt.textContent,
      dt.nextElementSibling?.textContent,
    ]);
    expect(facts).toEqual([
      ['Status', 'Off target25.9 points below'],
      ['Latest', '64.1% (p)(provisional) in Dec 2022'],
      ['Target', '90.0%'],
      ['Direction', '▲ Improving'],
      ['MTFP', 'MTFP 7'],
    ]);
    expect(within(good).getByText('Off target')).toHaveClass('govuk-tag--red');

    const moderated = within(audit).getAllByRole('listitem')[1];
    expect(within(moderated).getByText('Report development required')).toBeInTheDocument();
    expect(within(moderated).getByText('No target')).toBeInTheDocument();
    const care = screen.getByRole('list', { name: 'Children in care' });
    expect(within(care).getByText(/in Dec 2022/)).toHaveTextContent('74.5r in Dec 2022');
  });

  it('explains a failure to load', async () => {
    server.use(http.get('/api/v1/scorecard', () => problem(500, 'Boom')));
    renderPage(<ScorecardPage />, { route: '/scorecard', path: '/scorecard' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Sorry, there is a problem');
  });
});
