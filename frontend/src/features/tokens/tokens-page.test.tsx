import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { aToken } from '@/testing/builders';
import { renderPage } from '@/testing/render';
import { problem, server, signedInAs } from '@/testing/server';
import TokensPage from './tokens-page';

const future = new Date(Date.now() + 30 * 86_400_000).toISOString();
const past = new Date(Date.now() - 86_400_000).toISOString();

const tokens = [
  aToken({
    id: 3,
    name: 'Case system',
    prefix: 'itk_AbCd1234',
    scopes: ['actions:write', 'read'],
    createdAt: '2025-01-10T09:00:00Z',
    expiresAt: future,
    lastUsedAt: '2025-02-01T12:00:00Z',
  }),
  aToken({
    id: 2,
    name: 'Old script',
    prefix: 'itk_ZyXw9876',
    scopes: ['read'],
    createdAt: '2024-01-10T09:00:00Z',
    expiresAt: future,
    revokedAt: '2024-06-01T12:00:00Z',
  }),
  aToken({
    id: 1,
    name: 'Trial',
    prefix: 'itk_QqQq0000',
    scopes: ['read'],
    createdAt: '2024-01-01T09:00:00Z',
    expiresAt: past,
  }),
];

beforeEach(() => {
  server.use(http.get('/api/v1/tokens', () => HttpResponse.json(tokens)));
});

afterEach(() => {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
});

function scopeChoices() {
  const group = screen.getByRole('group', { name: 'Scopes' });
  return within(group)
    .getAllByRole('checkbox')
    .map((c) => (c as HTMLInputElement).value);
}

describe('TokensPage', () => {
  it('explains tokens and lists them with their status', async () => {
    renderPage(<TokensPage />);
    expect(screen.getByText('Authorization: Bearer <token>')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Your API tokens' });
    const active = within(table).getByRole('row', { name: /Case system/ });
    expect(within(active).getByText('itk_AbCd1234…')).toBeInTheDocument();
    expect(within(active).getByText('actions:write')).toBeInTheDocument();
    expect(within(active).getByText('Active')).toBeInTheDocument();
    expect(within(active).getByRole('button', { name: 'Revoke Case system' })).toBeVisible();

    const revoked = within(table).getByRole('row', { name: /Old script/ });
    expect(within(revoked).getByText('Revoked')).toBeInTheDocument();
    expect(within(revoked).getByText('Never used')).toBeInTheDocument();
    expect(within(revoked).queryByRole('button')).not.toBeInTheDocument();

    const expired = within(table).getByRole('row', { name: /Trial/ });
    expect(within(expired).getByText('Expired')).toBeInTheDocument();
    expect(within(expired).queryByRole('button')).not.toBeInTheDocument();
  });

  it.each([
    ['partner', ['read', 'actions:write']],
    ['viewer', ['read']],
    ['editor', ['read', 'actions:write', 'indicators:write', 'audits:write', 'workforce:write']],
    [
      'admin',
      [
        'read',
        'actions:write',
        'indicators:write',
        'audits:write',
        'workforce:write',
        'bulk',
        'admin',
      ],
    ],
  ] as const)('offers a %s only the scopes their role may grant', async (role, allowed) => {
    signedInAs(role);
    renderPage(<TokensPage />);
    await screen.findByRole('button', { name: 'Create token' });
    expect(scopeChoices()).toEqual(allowed);
  });

  it('creates a token, shows its secret once and copies it', async () => {
    signedInAs('partner');
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    let sent: unknown;
    server.use(
      http.post('/api/v1/tokens', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(
          { token: { ...tokens[0], id: 9, name: 'Police system' }, secret: 'itk_secret-value' },
          { status: 201 },
        );
      }),
    );
    renderPage(<TokensPage />);
    await userEvent.type(await screen.findByLabelText('Name'), 'Police system');
    await userEvent.click(screen.getByLabelText('actions:write'));
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));

    await vi.waitFor(() =>
      expect(sent).toEqual({ name: 'Police system', scopes: ['read', 'actions:write'] }),
    );
    expect(await screen.findByText('Token Police system created')).toBeInTheDocument();
    expect(screen.getByText('itk_secret-value')).toBeInTheDocument();
    expect(screen.getByText(/it will not be shown again/)).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('');

    await userEvent.click(screen.getByRole('button', { name: 'Copy token' }));
    expect(writeText).toHaveBeenCalledWith('itk_secret-value');
    expect(await screen.findByText('Copied')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByText('itk_secret-value')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Your tokens' })).toHaveFocus();
  });

  it('sends the chosen expiry as the end of that day', async () => {
    let sent: Schemas['CreateTokenRequest'] | undefined;
    server.use(
      http.post('/api/v1/tokens', async ({ request }) => {
        sent = (await request.json()) as Schemas['CreateTokenRequest'];
        return HttpResponse.json({ token: tokens[0], secret: 'itk_x' }, { status: 201 });
      }),
    );
    renderPage(<TokensPage />);
    await userEvent.type(await screen.findByLabelText('Name'), 'Nightly export');
    await userEvent.type(screen.getByLabelText('Expiry date (optional)'), '2030-06-30');
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));
    await vi.waitFor(() => expect(sent).toBeDefined());
    expect(sent?.expiresAt).toBe(new Date('2030-06-30T23:59:59').toISOString());
  });

  it('shows refusals beside their fields', async () => {
    server.use(
      http.post('/api/v1/tokens', () =>
        problem(400, 'Invalid input', [
          { field: 'expiresAt', message: 'must be within 366 days' },
          { field: 'scopes', message: 'not allowed for you: bulk' },
        ]),
      ),
    );
    renderPage(<TokensPage />);
    await userEvent.type(await screen.findByLabelText('Name'), 'Nightly export');
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));
    expect(
      await screen.findByRole('link', { name: 'Expires at: must be within 366 days' }),
    ).toHaveAttribute('href', '#field-expiresAt');
    expect(screen.getByLabelText('Expiry date (optional)')).toHaveAccessibleDescription(
      expect.stringContaining('must be within 366 days'),
    );
    expect(screen.getByRole('group', { name: 'Scopes' })).toHaveAccessibleDescription(
      expect.stringContaining('not allowed for you: bulk'),
    );
  });

  it('asks for a name and a scope without calling the API', async () => {
    renderPage(<TokensPage />);
    await userEvent.click(await screen.findByLabelText('read'));
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));
    expect(
      await screen.findByRole('link', { name: 'Name: Enter a name for the token' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Scopes: Choose at least one scope' })).toHaveAttribute(
      'href',
      '#field-scopes',
    );
  });

  it('revokes a token after a confirmation', async () => {
    const revoked: string[] = [];
    server.use(
      http.delete('/api/v1/tokens/:id', ({ params }) => {
        revoked.push(String(params.id));
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderPage(<TokensPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke Case system' }));
    expect(revoked).toEqual([]);
    expect(
      screen.getByText('Revoke Case system? Programs using it stop working at once.'),
    ).toBeInTheDocument();
    const confirm = screen.getByRole('button', { name: 'Yes, revoke Case system' });
    expect(confirm).toHaveFocus();

    await userEvent.click(confirm);
    await vi.waitFor(() => expect(revoked).toEqual(['3']));
    expect(await screen.findByText('Token Case system revoked')).toBeInTheDocument();
  });

  it('can cancel a revocation', async () => {
    const del = vi.fn();
    server.use(http.delete('/api/v1/tokens/:id', del));
    renderPage(<TokensPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke Case system' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Revoke Case system' })).toBeInTheDocument();
    expect(del).not.toHaveBeenCalled();
  });
});
