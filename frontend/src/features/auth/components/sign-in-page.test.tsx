import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { problem, server } from '@/testing/server';
import { renderPage } from '@/testing/render';
import { users } from '@/testing/fixtures';
import { SignInPage } from './sign-in-page';

describe('SignInPage', () => {
  it('asks for the missing fields without calling the API', async () => {
    renderPage(<SignInPage />);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('There is a problem')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Username: Enter your username' })).toHaveAttribute(
      'href',
      '#field-username',
    );
  });

  it('explains a refused sign-in', async () => {
    server.use(
      http.post('/api/v1/session', () => problem(401, 'Username or password is incorrect')),
    );
    renderPage(<SignInPage />);
    await userEvent.type(screen.getByLabelText('Username'), 'editor');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong-password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Username or password is incorrect')).toBeInTheDocument();
  });

  it('offers single sign-on only where it is configured', async () => {
    server.use(
      http.get('/api/v1/session/options', () =>
        HttpResponse.json({ password: true, singleSignOn: true }),
      ),
    );
    renderPage(<SignInPage />);
    expect(
      await screen.findByRole('link', { name: 'Sign in with your council account' }),
    ).toHaveAttribute('href', '/api/v1/session/sso');
  });

  it('signs in', async () => {
    let sent: unknown;
    server.use(
      http.post('/api/v1/session', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json({ user: users.editor, csrfToken: 'csrf' });
      }),
    );
    renderPage(<SignInPage />);
    await userEvent.type(screen.getByLabelText('Username'), 'editor');
    await userEvent.type(screen.getByLabelText('Password'), 'editor-password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await vi.waitFor(() =>
      expect(sent).toEqual({ username: 'editor', password: 'editor-password' }),
    );
  });
});
