import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { aBulkResult } from '@/testing/builders';
import { renderPage } from '@/testing/render';
import { problem, server, signedInAs } from '@/testing/server';
import UploadsPage from './uploads-page';

const result = aBulkResult;

const batch: Schemas['BatchResponse'] = {
  id: 7,
  kind: 'indicator-values',
  sourceName: 'march.csv',
  createdBy: 'performance',
  createdAt: '2025-04-02T10:00:00Z',
  created: 0,
  updated: 2,
  unchanged: 0,
  warned: 0,
  revertedAt: null,
  revertedBy: null,
};

function batches(items: Schemas['BatchResponse'][]) {
  return HttpResponse.json({ items, page: 1, size: 20, totalItems: items.length, totalPages: 1 });
}

beforeEach(() => {
  signedInAs('admin');
  server.use(http.get('/api/v1/bulk/batches', () => batches([])));
});

async function chooseFile(text: string) {
  const file = new File([text], 'march.csv', { type: 'text/csv' });
  await userEvent.upload(await screen.findByLabelText('File'), file);
}

describe('UploadsPage', () => {
  it('offers each kind with its template', async () => {
    renderPage(<UploadsPage />);
    const kind = await screen.findByLabelText('What the file holds');
    expect(
      within(kind)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Indicator figures',
      'Action updates',
      'Caseload snapshots',
      'Team snapshots',
      'Case audits',
    ]);
    await userEvent.selectOptions(kind, 'Team snapshots');
    expect(screen.getByRole('link', { name: /Download the template/ })).toHaveAttribute(
      'href',
      '/api/v1/bulk/templates/team-snapshots.csv',
    );
  });

  it('shows the refused rows of a dry run, and no way to apply', async () => {
    const sent: string[] = [];
    server.use(
      http.post('/api/v1/bulk/indicator-values', ({ request }) => {
        sent.push(`${new URL(request.url).search} ${request.headers.get('Content-Type')}`);
        return HttpResponse.json(
          {
            type: '/problems/bulk-rows-refused',
            title: 'Rows refused',
            status: 422,
            detail: '1 row(s) refused',
            ...result({
              updated: 1,
              rejected: 1,
              errors: [{ line: 3, column: 'value', value: '-5', reason: 'must not be negative' }],
            }),
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    renderPage(<UploadsPage />);
    await chooseFile('indicator,period,value\n9,2023-03,4.6\n14,2023-03,-5\n');
    await userEvent.click(screen.getByRole('button', { name: 'Check the file' }));

    const table = await screen.findByRole('table', { name: 'Refused rows' });
    const row = within(table).getByRole('row', { name: /must not be negative/ });
    expect(within(row).getByRole('rowheader')).toHaveTextContent('3');
    expect(row).toHaveTextContent('value');
    expect(row).toHaveTextContent('-5');
    expect(screen.queryByRole('button', { name: 'Apply' })).not.toBeInTheDocument();
    // The file's bytes are sent as they are (the browser journey checks them); a dry run is asked.
    expect(sent).toEqual(['?dryRun=true text/csv']);
  });

  it('applies a checked file once acknowledged, with the same key when retried', async () => {
    const keys: (string | null)[] = [];
    let applies = 0;
    server.use(
      http.post('/api/v1/bulk/indicator-values', ({ request }) => {
        const query = new URL(request.url).searchParams;
        if (query.get('dryRun') === 'true') {
          return HttpResponse.json(
            result({
              updated: 2,
              warned: 1,
              warnings: [
                { line: 2, column: 'value', value: '40', reason: 'far from recent months' },
              ],
            }),
          );
        }
        keys.push(request.headers.get('Idempotency-Key'));
        expect(query.get('acknowledgeWarnings')).toBe('true');
        applies += 1;
        // The first answer is lost: the server fails before answering.
        if (applies === 1) return problem(503, 'The service is busy');
        return HttpResponse.json(result({ updated: 2, warned: 1, batchId: 8 }));
      }),
    );
    renderPage(<UploadsPage />);
    await chooseFile('indicator,period,value\n9,2023-03,40\n');
    await userEvent.click(screen.getByRole('button', { name: 'Check the file' }));

    expect(await screen.findByRole('table', { name: 'Figures to check' })).toHaveTextContent(
      'far from recent months',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(
      await screen.findByRole('link', { name: /I have checked these figures|Warnings/ }),
    ).toBeInTheDocument();
    expect(keys).toEqual([]);

    await userEvent.click(screen.getByLabelText('I have checked these figures'));
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('The service is busy')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));

    expect(
      await screen.findByRole('heading', { name: 'Indicator figures applied as batch 8' }),
    ).toBeInTheDocument();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^upload-[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('lists applied batches and shows why a revert is refused', async () => {
    server.use(
      http.get('/api/v1/bulk/batches', () => batches([batch])),
      http.post('/api/v1/bulk/batches/7/revert', () =>
        problem(409, 'Indicator 9 for 2023-03 has changed since the batch: it cannot be reverted'),
      ),
    );
    renderPage(<UploadsPage />);
    const table = await screen.findByRole('table', { name: 'Uploads applied' });
    const row = within(table).getByRole('row', { name: /march\.csv/ });
    expect(row).toHaveTextContent('Indicator figures');
    expect(row).toHaveTextContent('performance');
    await userEvent.click(within(row).getByRole('button', { name: 'Revert batch 7' }));

    expect(
      await screen.findByText(
        'Batch 7 could not be reverted. Indicator 9 for 2023-03 has changed since the batch: it cannot be reverted',
      ),
    ).toBeInTheDocument();
  });

  it('tells users without the bulk permission that they cannot upload', async () => {
    signedInAs('viewer');
    renderPage(<UploadsPage />);
    expect(
      await screen.findByText('Only the performance team and administrators can upload files.'),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('File')).not.toBeInTheDocument();
  });
});
