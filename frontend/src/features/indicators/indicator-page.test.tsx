import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { anIndicator, aRevision, aValue } from '@/testing/builders';
import { renderPage } from '@/testing/render';
import { problem, server, signedInAs } from '@/testing/server';
import IndicatorPage from './indicator-page';

// As the API sends them: months are "YYYY-MM" strings.
const indicator = anIndicator({
  id: 7,
  planId: 1,
  priorityNumber: 1,
  number: 12,
  name: 'Audits rated good or better',
  area: 'Quality Assurance and Audit',
  areaNote: 'auditing',
  unit: 'PERCENT',
  basis: 'IN_MONTH',
  polarity: 'HIGHER_IS_BETTER',
  target: { kind: 'NUMERIC', value: 90 },
  mtfp: 'MTFP 7',
  flags: ['NEW'],
  latest: { period: '2023-03', value: 64.1, status: 'PROVISIONAL' },
  direction: 'IMPROVING',
  targetStatus: 'OFF_TARGET',
  distanceToTarget: -25.9,
  actions: [{ id: 31, ref: '1.2', action: 'Audit every open case monthly', effectiveRag: 'AMBER' }],
  version: 3,
  updatedAt: '2023-04-03T10:00:00Z',
});

const values = [
  aValue({
    period: '2023-02',
    value: 60.2,
    numerator: 301,
    denominator: 500,
    status: 'FINAL',
    enteredBy: 'Pat Performance',
    enteredAt: '2023-03-05T09:30:00Z',
    revisions: 2,
    version: 2,
  }),
  aValue({
    period: '2023-03',
    value: 64.1,
    status: 'PROVISIONAL',
    enteredBy: 'Pat Performance',
    enteredAt: '2023-04-03T10:00:00Z',
    revisions: 0,
  }),
];

const benchmarks: Schemas['BenchmarkBody'][] = [
  { comparator: 'England', period: '2022-03', value: 72.5 },
  { comparator: 'England', period: '2023-03', value: 74 },
];

const notAvailable: Schemas['UnavailableResponse'][] = [
  {
    period: '2023-01',
    reason: 'Report not run: case management system migration',
    recordedBy: 'Pat Performance',
    recordedAt: '2023-02-03T10:00:00Z',
    version: 0,
  },
];

function serveIndicator() {
  const calls = { values: 0, indicator: 0 };
  server.use(
    http.get('/api/v1/indicators/7', () => {
      calls.indicator++;
      return HttpResponse.json(indicator, { headers: { ETag: '"3"' } });
    }),
    http.get('/api/v1/indicators/7/values', () => {
      calls.values++;
      return HttpResponse.json(values);
    }),
    http.get('/api/v1/indicators/7/benchmarks', () => HttpResponse.json(benchmarks)),
    http.get('/api/v1/indicators/7/not-available', () => HttpResponse.json(notAvailable)),
  );
  return calls;
}

function renderIndicator() {
  return renderPage(<IndicatorPage />, { route: '/indicators/7', path: '/indicators/:id' });
}

describe('IndicatorPage', () => {
  it('shows what the indicator measures, its chart, figures and linked actions', async () => {
    serveIndicator();
    renderIndicator();

    expect(
      await screen.findByRole('heading', { level: 1, name: '12. Audits rated good or better' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Quality Assurance and Audit (auditing)')).toBeInTheDocument();
    // The summary follows the heading as soon as it is drawn.
    await screen.findByText('Unit', { selector: 'dt' });
    const summary = (key: string) =>
      screen.getByText(key, { selector: 'dt' }).nextElementSibling as HTMLElement;
    expect(summary('Unit')).toHaveTextContent('Percentage');
    expect(summary('Polarity')).toHaveTextContent('Higher is better');
    expect(summary('Target')).toHaveTextContent('90.0%');
    expect(summary('Latest figure')).toHaveTextContent('64.1% in Mar 2023 (provisional)');
    expect(summary('Direction of travel')).toHaveTextContent('Improving');
    expect(summary('Status against target')).toHaveTextContent('Off target25.9 points below');

    const chart = await screen.findByRole('img', { name: /Line chart of the monthly figures/ });
    expect(chart).toHaveAccessibleName(expect.stringContaining('target 90.0% (dashed line)'));
    expect(chart).toHaveAccessibleName(expect.stringContaining('compared with England'));

    const figures = screen.getByRole('region', { name: 'Monthly figures table' });
    const rows = within(figures).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Mar 202364.1%Provisional');
    expect(rows[2]).toHaveTextContent('Feb 202360.2%301 / 500Final');
    expect(rows[2]).toHaveTextContent('Corrected 2 times');

    const actions = screen.getByRole('table', { name: 'Actions linked to this indicator' });
    expect(within(actions).getByRole('link', { name: '1.2' })).toHaveAttribute(
      'href',
      '/actions/31',
    );
    expect(within(actions).getByText('Amber')).toBeInTheDocument();
  });

  it('shows no form to a viewer', async () => {
    signedInAs('viewer');
    serveIndicator();
    renderIndicator();
    await screen.findByRole('region', { name: 'Monthly figures table' });
    expect(screen.queryByRole('heading', { name: 'Enter or correct a figure' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save figure' })).toBeNull();
  });

  it('enters the figure of the month after the latest', async () => {
    const calls = serveIndicator();
    let sent: { url?: string; body?: unknown } = {};
    server.use(
      http.put('/api/v1/indicators/7/values/:period', async ({ request }) => {
        sent = { url: new URL(request.url).pathname, body: await request.json() };
        return HttpResponse.json(aValue({ period: '2023-04', value: 66.7, status: 'FINAL' }), {
          status: 201,
        });
      }),
    );
    renderIndicator();

    const month = await screen.findByLabelText('Month');
    expect(month).toHaveValue('2023-04');
    expect(month).toHaveAttribute('type', 'month');
    await userEvent.type(screen.getByLabelText('Figure'), '66.7');
    await userEvent.click(screen.getByLabelText('Final'));
    await userEvent.click(screen.getByRole('button', { name: 'Save figure' }));

    expect(await screen.findByText('Figure for Apr 2023 entered')).toBeInTheDocument();
    expect(sent).toEqual({
      url: '/api/v1/indicators/7/values/2023-04',
      body: { value: 66.7, status: 'FINAL' },
    });
    // The indicator and its figures are fetched again.
    await vi.waitFor(() => expect(calls.values).toBe(2));
    expect(calls.indicator).toBe(2);
    expect(screen.getByLabelText('Figure')).toHaveValue('');
  });

  it('corrects a month from its numerator and denominator', async () => {
    serveIndicator();
    let sent: { url?: string; body?: unknown; ifMatch?: string | null } = {};
    server.use(
      http.put('/api/v1/indicators/7/values/:period', async ({ request }) => {
        sent = {
          url: new URL(request.url).pathname,
          body: await request.json(),
          ifMatch: request.headers.get('If-Match'),
        };
        return HttpResponse.json(aValue({ period: '2023-02', value: 61, status: 'FINAL' }));
      }),
    );
    renderIndicator();

    const month = await screen.findByLabelText('Month');
    await userEvent.clear(month);
    await userEvent.type(month, '2023-02');
    expect(
      screen.getByText(/There is already a figure for Feb 2023: 60.2% \(final\)/),
    ).toBeVisible();
    await userEvent.type(screen.getByLabelText('Numerator (optional)'), '305');
    await userEvent.type(screen.getByLabelText('Denominator (optional)'), '500');
    await userEvent.click(screen.getByLabelText('Final'));
    // The figure was final: the form asks why it is corrected before sending it.
    await userEvent.click(screen.getByRole('button', { name: 'Save figure' }));
    expect(
      await screen.findByRole('link', { name: /Enter why the final figure is corrected/ }),
    ).toBeInTheDocument();
    expect(sent).toEqual({});
    await userEvent.type(
      screen.getByLabelText('Why is the final figure corrected?'),
      'Five late referrals were missed',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save figure' }));

    expect(
      await screen.findByText(
        'Figure for Feb 2023 corrected (the previous figure is kept as a revision)',
      ),
    ).toBeInTheDocument();
    expect(sent).toEqual({
      url: '/api/v1/indicators/7/values/2023-02',
      body: {
        numerator: 305,
        denominator: 500,
        status: 'FINAL',
        reason: 'Five late referrals were missed',
      },
      // The correction names the version it corrects.
      ifMatch: '"2"',
    });
  });

  it('shows the reason for a refused figure beside its field', async () => {
    serveIndicator();
    server.use(
      http.put('/api/v1/indicators/7/values/:period', () =>
        problem(400, 'Invalid input', [
          { field: 'value', message: 'is a percentage: must be between 0 and 100' },
        ]),
      ),
    );
    renderIndicator();

    await userEvent.type(await screen.findByLabelText('Figure'), '140');
    await userEvent.click(screen.getByLabelText('Provisional'));
    await userEvent.click(screen.getByRole('button', { name: 'Save figure' }));

    expect(
      await screen.findByRole('link', {
        name: 'Value: is a percentage: must be between 0 and 100',
      }),
    ).toHaveAttribute('href', '#field-value');
    const field = screen.getByLabelText('Figure');
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining('Error: is a percentage: must be between 0 and 100'),
    );
    expect(field).toHaveClass('govuk-input--error');
  });

  it('asks the editor to confirm a figure the sense check queries, then saves it confirmed', async () => {
    serveIndicator();
    const sent: { acknowledged: string | null }[] = [];
    server.use(
      http.put('/api/v1/indicators/7/values/:period', ({ request }) => {
        const acknowledged = new URL(request.url).searchParams.get('acknowledgeWarnings');
        sent.push({ acknowledged });
        if (acknowledged !== 'true') {
          return HttpResponse.json(
            {
              type: '/problems/unconfirmed-warning',
              title: 'Please confirm',
              status: 422,
              detail: 'This looks like a slip',
              errors: [
                {
                  field: 'value',
                  message:
                    "0.65 is far from this indicator's recent figures (around 62.2, more than 3 times apart); a percentage is written 0 to 100 (64.0, not 0.64)",
                },
              ],
            },
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          );
        }
        return HttpResponse.json(aValue({ period: '2023-04', value: 0.65 }), { status: 201 });
      }),
    );
    renderIndicator();

    await userEvent.type(await screen.findByLabelText('Figure'), '0.65');
    await userEvent.click(screen.getByLabelText('Provisional'));
    await userEvent.click(screen.getByRole('button', { name: 'Save figure' }));

    expect(await screen.findByText(/a percentage is written 0 to 100/)).toBeVisible();
    // Saving again without confirming is refused by the form itself.
    await userEvent.click(screen.getByRole('button', { name: 'Save figure' }));
    expect(
      await screen.findByRole('link', { name: /Confirm that the figure is right, or correct it/ }),
    ).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    await userEvent.click(screen.getByLabelText('I have checked it: the figure is right'));
    await userEvent.click(screen.getByRole('button', { name: 'Save figure' }));

    expect(await screen.findByText(/entered/)).toBeInTheDocument();
    expect(sent).toEqual([{ acknowledged: null }, { acknowledged: 'true' }]);
  });

  it('lists the months without a figure and records another with its reason', async () => {
    serveIndicator();
    let body: unknown;
    server.use(
      http.put('/api/v1/indicators/7/not-available/:period', async ({ request, params }) => {
        body = { period: params.period, ...((await request.json()) as object) };
        return HttpResponse.json(
          { ...notAvailable[0], period: '2023-04', reason: 'Not yet published' },
          { status: 201 },
        );
      }),
    );
    renderIndicator();

    const table = await screen.findByRole('table', { name: 'Months without a figure' });
    expect(
      within(table).getByText('Report not run: case management system migration'),
    ).toBeVisible();
    await userEvent.click(screen.getByText('Record that a month’s figure is not available'));
    // A month that has a figure is corrected, not declared missing.
    await userEvent.type(screen.getByLabelText('Month without a figure'), '2023-03');
    await userEvent.type(screen.getByLabelText('Why is there no figure?'), 'Not yet published');
    await userEvent.click(screen.getByRole('button', { name: 'Record as not available' }));
    expect(
      await screen.findByRole('link', { name: /Mar 2023 has a figure: correct it instead/ }),
    ).toBeInTheDocument();
    expect(body).toBeUndefined();

    const month = screen.getByLabelText('Month without a figure');
    await userEvent.clear(month);
    await userEvent.type(month, '2023-04');
    await userEvent.click(screen.getByRole('button', { name: 'Record as not available' }));

    expect(await screen.findByText('Apr 2023 is recorded as not available.')).toBeVisible();
    expect(body).toEqual({ period: '2023-04', reason: 'Not yet published' });
  });

  it('asks for the status before sending', async () => {
    serveIndicator();
    const put = vi.fn();
    server.use(http.put('/api/v1/indicators/7/values/:period', put));
    renderIndicator();

    await userEvent.type(await screen.findByLabelText('Figure'), '66');
    await userEvent.click(screen.getByRole('button', { name: 'Save figure' }));

    expect(
      await screen.findByRole('link', {
        name: 'Status: Select whether the figure is provisional or final',
      }),
    ).toHaveAttribute('href', '#field-status');
    expect(put).not.toHaveBeenCalled();
  });

  it('lists the revisions of a corrected figure when asked', async () => {
    serveIndicator();
    server.use(
      http.get('/api/v1/indicators/7/values/2023-02/revisions', () =>
        HttpResponse.json([
          aRevision({
            id: 1,
            oldValue: 58,
            newValue: 59.5,
            oldStatus: 'PROVISIONAL',
            newStatus: 'PROVISIONAL',
            changedBy: 'Pat Performance',
            changedAt: '2023-03-10T09:00:00Z',
          }),
          aRevision({
            id: 2,
            oldValue: 59.5,
            newValue: 60.2,
            oldNumerator: 297.5,
            oldDenominator: 500,
            newNumerator: 301,
            newDenominator: 500,
            oldStatus: 'PROVISIONAL',
            newStatus: 'FINAL',
            changedBy: 'Sam Analyst',
            changedAt: '2023-03-20T09:00:00Z',
          }),
        ]),
      ),
    );
    renderIndicator();

    const show = await screen.findByRole('button', { name: 'Show revisions for Feb 2023' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(show);

    const list = await screen.findByRole('list', {
      name: 'Revisions of the Feb 2023 figure, oldest first',
    });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('58.0% → 59.5%, by Pat Performance on');
    expect(items[1]).toHaveTextContent(
      '59.5% → 60.2%, Provisional → Final, 297.5/500 → 301/500, by Sam Analyst on',
    );
    expect(screen.getByRole('button', { name: 'Hide revisions for Feb 2023' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('lets the performance team clear a data-status note, naming the version it read', async () => {
    serveIndicator();
    let current: Schemas['IndicatorResponse'] = {
      ...indicator,
      dataStatus: 'Report development required',
    };
    let ifMatch: string | null = null;
    server.use(
      http.get('/api/v1/indicators/7', () => HttpResponse.json(current)),
      http.delete('/api/v1/indicators/7/data-status', ({ request }) => {
        ifMatch = request.headers.get('If-Match');
        current = { ...current, dataStatus: null, version: 4 };
        return HttpResponse.json(current);
      }),
    );
    renderIndicator();

    expect(await screen.findByText('Report development required')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Clear the note/ }));
    await vi.waitFor(() =>
      expect(screen.queryByText('Report development required')).not.toBeInTheDocument(),
    );
    expect(ifMatch).toBe('"3"');
    expect(screen.queryByRole('button', { name: /Clear the note/ })).not.toBeInTheDocument();
  });

  it('offers a viewer no way to clear the note', async () => {
    signedInAs('viewer');
    serveIndicator();
    server.use(
      http.get('/api/v1/indicators/7', () =>
        HttpResponse.json({ ...indicator, dataStatus: 'Report development required' }),
      ),
    );
    renderIndicator();
    expect(await screen.findByText('Report development required')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Clear the note/ })).not.toBeInTheDocument();
  });

  it('says when the indicator does not exist', async () => {
    server.use(
      http.get('/api/v1/indicators/8', () => problem(404, 'No indicator 8')),
      http.get('/api/v1/indicators/8/values', () => problem(404, 'No indicator 8')),
      http.get('/api/v1/indicators/8/benchmarks', () => problem(404, 'No indicator 8')),
    );
    renderPage(<IndicatorPage />, { route: '/indicators/8', path: '/indicators/:id' });
    expect(await screen.findByRole('alert')).toHaveTextContent('This page does not exist');
  });
});
