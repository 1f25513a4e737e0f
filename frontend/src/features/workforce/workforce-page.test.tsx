import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { aPage, anIndicator, aScorecardArea, aScorecardRow } from '@/testing/builders';
import { renderPage } from '@/testing/render';
import { server, signedInAs } from '@/testing/server';
import WorkforcePage from './workforce-page';

const team: Schemas['TeamSummary'] = {
  teamId: 1,
  teamCode: 'IRT',
  teamName: 'Initial Response Team',
  workers: 3,
  averageCaseload: 19.3,
  largestCaseload: 26,
  over20: 1,
  distribution: [
    { from: 0, to: 5, workers: 0 },
    { from: 16, to: 20, workers: 2 },
    { from: 26, to: 30, workers: 1 },
  ],
  supervisionsDue: 12,
  supervisionsInTime: 9,
  supervisionInTimePercent: 75,
  establishment: null,
};

beforeEach(() => {
  server.use(
    http.get('/api/v1/teams', () =>
      HttpResponse.json([
        { id: 1, code: 'IRT', name: 'Initial Response Team', serviceArea: 'Front Door' },
      ]),
    ),
    http.get('/api/v1/caseload-snapshots', () => HttpResponse.json(aPage([]))),
    http.get('/api/v1/workforce/summary', ({ request }) =>
      HttpResponse.json({ month: new URL(request.url).searchParams.get('month'), teams: [team] }),
    ),
    http.get('/api/v1/indicators', () =>
      HttpResponse.json(
        aPage([
          anIndicator({
            id: 60,
            number: 60,
            name: 'Percentage of Case Supervision’s in time – Initial Response Team (month end snapshot)',
            derivation: 'SUPERVISION_IN_TIME:IRT',
            formula: 'in time ÷ due',
          }),
        ]),
      ),
    ),
    http.get('/api/v1/scorecard', () =>
      HttpResponse.json({
        planId: null,
        periods: ['2023-02', '2023-03'],
        areas: [
          aScorecardArea({
            indicators: [
              aScorecardRow({
                id: 60,
                values: [null, { value: 85.1, status: 'FINAL', display: '85.1%' }],
              }),
            ],
          }),
        ],
      }),
    ),
  );
});

describe('WorkforcePage', () => {
  it("gives a month's caseloads per team, against the 20-children line, as tables", async () => {
    renderPage(<WorkforcePage />, { route: '/workforce?month=2023-03', path: '/workforce' });
    const summary = await screen.findByRole(
      'table',
      { name: 'Caseloads and supervision at the end of Mar 2023' },
      { timeout: 5000 },
    );
    const row = within(summary).getByRole('row', { name: /Initial Response Team/ });
    expect(within(row).getByText('75.0% (9 of 12)')).toBeInTheDocument();

    const histogram = screen.getByRole('table', {
      name: 'Initial Response Team: workers by children allocated',
    });
    expect(
      within(histogram).getByRole('columnheader', { name: 'Workers with more than 20 children' }),
    ).toBeInTheDocument();
    const over = within(histogram).getByRole('row', { name: /26 to 30/ });
    expect(
      within(over)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '1']);
  }, 15_000);

  it('shows supervision timeliness over time with its table, and no form to a viewer', async () => {
    signedInAs('viewer');
    renderPage(<WorkforcePage />, { route: '/workforce?month=2023-03', path: '/workforce' });
    const trend = await screen.findByRole(
      'table',
      { name: 'Case supervisions held in time, by team (table)' },
      { timeout: 5000 },
    );
    const march = within(trend).getByRole('row', { name: /Mar 2023/ });
    expect(within(march).getByText('85.1%')).toBeInTheDocument();
    expect(within(trend).getByRole('row', { name: /Feb 2023/ })).toHaveTextContent('–');
    expect(screen.queryByRole('button', { name: 'Record snapshot' })).not.toBeInTheDocument();
  }, 15_000);
});
