import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { anOrganisation, aPage } from '@/testing/builders';
import { renderPage } from '@/testing/render';
import { server, signedInAs } from '@/testing/server';
import AdminPage from './admin-page';

function renderAdmin(route = '/admin') {
  return renderPage(<AdminPage />, { route, path: '/admin' });
}

describe('AdminPage', () => {
  it('tells a user who is not an admin that they may not see it', async () => {
    signedInAs('editor');
    renderAdmin();
    expect(
      await screen.findByText('You do not have permission to see this page.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
  });

  it('keeps the chosen section in the URL, and moves between tabs with the arrow keys', async () => {
    signedInAs('admin');
    server.use(
      http.get('/api/v1/users', () => HttpResponse.json([])),
      http.get('/api/v1/organisations', () =>
        HttpResponse.json([anOrganisation({ id: 1, name: 'Plymouth City Council' })]),
      ),
      http.get('/api/v1/audit-log', () =>
        HttpResponse.json(aPage([], { totalPages: 0, totalItems: 0 })),
      ),
    );
    const { router } = renderAdmin();

    const users = await screen.findByRole('tab', { name: 'Users' });
    expect(users).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('heading', { name: 'Users' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('tab', { name: 'Organisations' }));
    expect(router.state.location.search).toBe('?tab=organisations');
    expect(screen.getByRole('tab', { name: 'Organisations' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(await screen.findByText('Plymouth City Council')).toBeInTheDocument();

    await userEvent.keyboard('{ArrowRight}');
    expect(router.state.location.search).toBe('?tab=audit');
    expect(screen.getByRole('tab', { name: 'Audit log' })).toHaveFocus();
    expect(await screen.findByText('No events match these filters.')).toBeInTheDocument();
  });
});
