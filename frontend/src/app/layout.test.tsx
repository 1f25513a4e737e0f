import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { users } from '@/testing/fixtures';
import { problem, server, signedInAs } from '@/testing/server';
import { Layout } from './layout';

function renderApp() {
  const router = createMemoryRouter(
    [{ element: <Layout />, children: [{ path: '/', element: <h1>Home page</h1> }] }],
    { initialEntries: ['/'] },
  );
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

describe('Layout', () => {
  it('asks for sign-in, then shows the page with who is signed in', async () => {
    let signedIn = false;
    server.use(
      http.get('/api/v1/me', () =>
        signedIn ? HttpResponse.json(users.partner) : problem(401, 'Sign in'),
      ),
      http.post('/api/v1/session', () => {
        signedIn = true;
        return HttpResponse.json({ user: users.partner, csrfToken: 'x' });
      }),
    );
    renderApp();
    await userEvent.type(await screen.findByLabelText('Username'), 'partner');
    await userEvent.type(screen.getByLabelText('Password'), 'partner-password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Home page')).toBeInTheDocument();
    const who = screen.getByTestId('signed-in-user');
    expect(who).toHaveTextContent('Paula Partner');
    expect(who).toHaveTextContent('Devon and Cornwall Police');
    expect(who).toHaveTextContent('Partner');
  });

  it('shows the admin link only to admins', async () => {
    signedInAs('viewer');
    renderApp();
    expect(await screen.findByRole('link', { name: 'Plan' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();
  });

  it.each(['viewer', 'partner', 'editor'] as const)(
    'hides the uploads and monthly figures links from a user without the bulk permission (%s)',
    async (user) => {
      signedInAs(user);
      renderApp();
      expect(await screen.findByRole('link', { name: 'Plan' })).toBeInTheDocument();
      expect(screen.queryByRole('link', { name: 'Uploads' })).not.toBeInTheDocument();
      expect(screen.queryByRole('link', { name: 'Monthly figures' })).not.toBeInTheDocument();
    },
  );

  it('shows the uploads and monthly figures links to a user with the bulk permission', async () => {
    signedInAs('admin');
    renderApp();
    expect(await screen.findByRole('link', { name: 'Uploads' })).toHaveAttribute(
      'href',
      '/uploads',
    );
    expect(screen.getByRole('link', { name: 'Monthly figures' })).toHaveAttribute(
      'href',
      '/month-entry',
    );
  });

  it('signs out', async () => {
    let signedIn = true;
    server.use(
      http.get('/api/v1/me', () =>
        signedIn ? HttpResponse.json(users.admin) : problem(401, 'Sign in'),
      ),
      http.delete('/api/v1/session', () => {
        signedIn = false;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderApp();
    expect(await screen.findByRole('link', { name: 'Admin' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
  });
});
