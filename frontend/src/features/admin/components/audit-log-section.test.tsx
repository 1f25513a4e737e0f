import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { anAuditEvent, aPage } from '@/testing/builders';
import { renderPage } from '@/testing/render';
import { problem, server, signedInAs } from '@/testing/server';
import AdminPage from '../admin-page';

const event = anAuditEvent({
  id: 40,
  occurredAt: '2025-03-04T10:15:00Z',
  event: 'USER_UPDATED',
  entityType: 'User',
  entityId: '5',
  username: 'admin',
  tokenId: 7,
  clientAddress: '10.0.0.8',
  requestId: 'req-123',
  before: { role: 'VIEWER' },
  after: { role: 'PARTNER' },
});

let requests: URLSearchParams[];

beforeEach(() => {
  signedInAs('admin');
  requests = [];
  server.use(
    http.get('/api/v1/audit-log', ({ request }) => {
      const query = new URL(request.url).searchParams;
      requests.push(query);
      return HttpResponse.json(
        aPage([event], { page: Number(query.get('page') ?? 1), totalPages: 3, totalItems: 51 }),
      );
    }),
  );
});

describe('Audit log', () => {
  it('shows events, with their before and after states', async () => {
    renderPage(<AdminPage />, { route: '/admin?tab=audit', path: '/admin' });
    const table = await screen.findByRole('table', { name: 'Audit events' });
    const row = within(table).getAllByRole('row')[1];
    expect(within(row).getByText('User updated')).toBeInTheDocument();
    expect(within(row).getByText('User 5')).toBeInTheDocument();
    expect(within(row).getByText('admin')).toBeInTheDocument();
    expect(within(row).getByText('Yes (token 7)')).toBeInTheDocument();
    expect(within(row).getByText('10.0.0.8')).toBeInTheDocument();
    expect(screen.getByText('51 events')).toBeInTheDocument();

    await userEvent.click(screen.getByText('Show details'));
    const before = screen.getByRole('heading', { name: 'Before' }).nextElementSibling;
    expect(before?.tagName).toBe('PRE');
    expect(JSON.parse(before?.textContent ?? '')).toEqual({ role: 'VIEWER' });
    const after = screen.getByRole('heading', { name: 'After' }).nextElementSibling;
    expect(JSON.parse(after?.textContent ?? '')).toEqual({ role: 'PARTNER' });
    expect(screen.getByText('req-123')).toBeInTheDocument();
  });

  it('sends the filters as query parameters, and keeps them in the URL', async () => {
    const { router } = renderPage(<AdminPage />, {
      route: '/admin?tab=audit',
      path: '/admin',
    });
    await screen.findByRole('table', { name: 'Audit events' });

    await userEvent.selectOptions(screen.getByLabelText('Entity type'), 'User');
    await userEvent.type(screen.getByLabelText('Entity id'), '5');
    await userEvent.type(screen.getByLabelText('Username'), 'admin');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-03-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2025-03-31' } });
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));

    await screen.findByRole('table', { name: 'Audit events' });
    const query = requests.at(-1)!;
    expect(Object.fromEntries(query)).toEqual({
      entityType: 'User',
      entityId: '5',
      user: 'admin',
      from: '2025-03-01',
      to: '2025-03-31',
      page: '1',
      size: '25',
    });
    const search = new URLSearchParams(router.state.location.search);
    expect(search.get('entityType')).toBe('User');
    expect(search.get('from')).toBe('2025-03-01');

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await vi_waitForPage(2);
    expect(requests.at(-1)!.get('entityType')).toBe('User');
  });

  it('reads the filters from the URL', async () => {
    renderPage(<AdminPage />, {
      route: '/admin?tab=audit&entityType=Action&user=erin&page=2',
      path: '/admin',
    });
    await screen.findByRole('table', { name: 'Audit events' });
    expect(screen.getByLabelText('Entity type')).toHaveValue('Action');
    expect(screen.getByLabelText('Username')).toHaveValue('erin');
    expect(Object.fromEntries(requests.at(-1)!)).toEqual({
      entityType: 'Action',
      user: 'erin',
      page: '2',
      size: '25',
    });
  });

  it('shows a refused filter beside its field', async () => {
    server.use(
      http.get('/api/v1/audit-log', () =>
        problem(400, 'Invalid input', [{ field: 'to', message: 'must not be before from' }]),
      ),
    );
    renderPage(<AdminPage />, {
      route: '/admin?tab=audit&from=2025-03-10&to=2025-03-01',
      path: '/admin',
    });
    expect(
      await screen.findByRole('link', { name: 'To: must not be before from' }),
    ).toHaveAttribute('href', '#field-to');
  });
});

async function vi_waitForPage(page: number) {
  await screen.findByText(`Page ${page} of 3`);
}
