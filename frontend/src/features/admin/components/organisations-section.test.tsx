import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { anOrganisation } from '@/testing/builders';
import { renderPage } from '@/testing/render';
import { problem, server, signedInAs } from '@/testing/server';
import AdminPage from '../admin-page';

beforeEach(() => {
  signedInAs('admin');
  server.use(
    http.get('/api/v1/organisations', () =>
      HttpResponse.json([
        anOrganisation({ id: 1, name: 'Plymouth City Council', kind: 'COUNCIL' }),
        anOrganisation({ id: 2, name: 'Devon and Cornwall Police', kind: 'PARTNER' }),
      ]),
    ),
  );
});

describe('Organisations', () => {
  it('lists organisations and adds one', async () => {
    let sent: unknown;
    server.use(
      http.post('/api/v1/organisations', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(anOrganisation({ id: 3, name: 'NHS Devon', kind: 'PARTNER' }), {
          status: 201,
        });
      }),
    );
    renderPage(<AdminPage />, { route: '/admin?tab=organisations', path: '/admin' });
    expect(await screen.findByRole('cell', { name: 'Devon and Cornwall Police' })).toBeVisible();
    expect(screen.getAllByRole('cell', { name: 'Partner agency' })).toHaveLength(1);

    await userEvent.type(screen.getByLabelText('Name'), 'NHS Devon');
    await userEvent.click(screen.getByLabelText('Partner agency'));
    await userEvent.click(screen.getByRole('button', { name: 'Add organisation' }));
    await vi.waitFor(() => expect(sent).toEqual({ name: 'NHS Devon', kind: 'PARTNER' }));
    expect(await screen.findByText('Organisation NHS Devon added')).toBeInTheDocument();
  });

  it('shows a refused name beside the field', async () => {
    server.use(
      http.post('/api/v1/organisations', () =>
        problem(400, 'Invalid input', [
          { field: 'name', message: 'an organisation with this name exists' },
        ]),
      ),
    );
    renderPage(<AdminPage />, { route: '/admin?tab=organisations', path: '/admin' });
    await userEvent.type(await screen.findByLabelText('Name'), 'Plymouth City Council');
    await userEvent.click(screen.getByLabelText('Council'));
    await userEvent.click(screen.getByRole('button', { name: 'Add organisation' }));
    expect(
      await screen.findByRole('link', { name: 'Name: an organisation with this name exists' }),
    ).toHaveAttribute('href', '#field-name');
  });
});
