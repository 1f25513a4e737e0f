import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { anOrganisation, aUser } from '@/testing/builders';
import { renderPage } from '@/testing/render';
import { problem, server, signedInAs } from '@/testing/server';
import AdminPage from '../admin-page';

const organisations = [
  anOrganisation({ id: 1, name: 'Plymouth City Council', kind: 'COUNCIL' }),
  anOrganisation({ id: 2, name: 'Devon and Cornwall Police', kind: 'PARTNER' }),
];

const users = [
  aUser({
    id: 1,
    username: 'admin',
    displayName: 'Ada Admin',
    organisation: organisations[0],
    role: 'ADMIN',
    enabled: true,
    lastLoginAt: '2025-03-04T09:30:00Z',
  }),
  aUser({
    id: 5,
    username: 'partner',
    displayName: 'Paula Partner',
    organisation: organisations[1],
    role: 'PARTNER',
    enabled: false,
  }),
];

beforeEach(() => {
  signedInAs('admin');
  server.use(
    http.get('/api/v1/users', () => HttpResponse.json(users)),
    http.get('/api/v1/organisations', () => HttpResponse.json(organisations)),
  );
});

function renderUsers(route = '/admin?tab=users') {
  return renderPage(<AdminPage />, { route, path: '/admin' });
}

describe('Users', () => {
  it('lists the users with their organisation, role, status and last sign-in', async () => {
    renderUsers();
    const table = await screen.findByRole('table', { name: '2 users' });
    const adminRow = within(table).getByRole('row', { name: /^admin/ });
    expect(within(adminRow).getByText('Ada Admin')).toBeInTheDocument();
    expect(within(adminRow).getByText('Plymouth City Council')).toBeInTheDocument();
    expect(within(adminRow).getByText('Administrator')).toBeInTheDocument();
    expect(within(adminRow).getByText('Enabled')).toBeInTheDocument();
    expect(within(adminRow).getByText(/4 Mar 2025/)).toBeInTheDocument();
    const partnerRow = within(table).getByRole('row', { name: /^partner/ });
    expect(within(partnerRow).getByText('Partner')).toBeInTheDocument();
    expect(within(partnerRow).getByText('Disabled')).toBeInTheDocument();
    expect(within(partnerRow).getByText('Never')).toBeInTheDocument();
    expect(within(partnerRow).getByRole('link', { name: 'Edit partner' })).toBeInTheDocument();
  });

  it('adds a user, and shows a refusal beside the field it concerns', async () => {
    let sent: unknown;
    server.use(
      http.post('/api/v1/users', async ({ request }) => {
        sent = await request.json();
        return problem(400, 'Invalid input', [{ field: 'username', message: 'is already taken' }]);
      }),
    );
    renderUsers();
    await screen.findByRole('button', { name: 'Add user' });
    await userEvent.type(screen.getByLabelText('Username'), 'pc.smith');
    await userEvent.type(screen.getByLabelText('Full name'), 'Pat Smith');
    await userEvent.selectOptions(
      screen.getByLabelText('Organisation'),
      'Devon and Cornwall Police (Partner agency)',
    );
    // A partner agency's staff can only be partners or viewers.
    const role = screen.getByLabelText('Role');
    expect(within(role).queryByRole('option', { name: 'Editor' })).not.toBeInTheDocument();
    await userEvent.selectOptions(role, 'Partner');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      expect.stringMatching(/at least 12 characters/i),
    );
    await userEvent.type(screen.getByLabelText('Password'), 'a-long-password-1');
    await userEvent.click(screen.getByRole('button', { name: 'Add user' }));

    await vi.waitFor(() =>
      expect(sent).toEqual({
        username: 'pc.smith',
        displayName: 'Pat Smith',
        organisationId: 2,
        role: 'PARTNER',
        password: 'a-long-password-1',
      }),
    );
    expect(await screen.findByRole('link', { name: 'Username: is already taken' })).toHaveAttribute(
      'href',
      '#field-username',
    );
    expect(screen.getByLabelText('Username')).toHaveAccessibleDescription(
      expect.stringContaining('is already taken'),
    );
  });

  it('confirms a user added', async () => {
    server.use(
      http.post('/api/v1/users', () =>
        HttpResponse.json({ ...users[0], id: 9, username: 'pat' }, { status: 201 }),
      ),
    );
    renderUsers();
    await screen.findByRole('button', { name: 'Add user' });
    await userEvent.type(screen.getByLabelText('Username'), 'pat');
    await userEvent.type(screen.getByLabelText('Full name'), 'Pat');
    await userEvent.selectOptions(
      screen.getByLabelText('Organisation'),
      'Plymouth City Council (Council)',
    );
    await userEvent.selectOptions(screen.getByLabelText('Role'), 'Editor');
    await userEvent.type(screen.getByLabelText('Password'), 'a-long-password-1');
    await userEvent.click(screen.getByRole('button', { name: 'Add user' }));
    expect(await screen.findByText('User pat added')).toBeInTheDocument();
    expect(screen.getByLabelText('Username')).toHaveValue('');
  });

  it('asks for the missing fields without calling the API', async () => {
    renderUsers();
    await screen.findByRole('button', { name: 'Add user' });
    await userEvent.click(screen.getByRole('button', { name: 'Add user' }));
    expect(await screen.findByRole('link', { name: 'Role: Choose a role' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Password: Enter a password' })).toBeInTheDocument();
  });

  it('changes a role with a merge patch of the changed fields only', async () => {
    let contentType: string | null = null;
    let sent: unknown;
    server.use(
      http.patch('/api/v1/users/:id', async ({ request, params }) => {
        expect(params.id).toBe('1');
        contentType = request.headers.get('Content-Type');
        sent = await request.json();
        return HttpResponse.json({ ...users[0], role: 'EDITOR' });
      }),
    );
    const { router } = renderUsers();
    await userEvent.click(await screen.findByRole('link', { name: 'Edit admin' }));
    expect(await screen.findByRole('heading', { name: 'Change user admin' })).toHaveFocus();
    expect(router.state.location.search).toBe('?tab=users&user=1');
    expect(screen.getByText('Setting a new password signs the user out everywhere.')).toBeVisible();

    await userEvent.selectOptions(screen.getByLabelText('Role'), 'Editor');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await vi.waitFor(() => expect(sent).toEqual({ role: 'EDITOR' }));
    expect(contentType).toBe('application/merge-patch+json');
    expect(await screen.findByText('Changes to admin saved')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?tab=users');
  });

  it('sends a new password and the account status, and says the user is signed out', async () => {
    let sent: unknown;
    server.use(
      http.patch('/api/v1/users/:id', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json({ ...users[1], enabled: true });
      }),
    );
    renderUsers('/admin?tab=users&user=5');
    await screen.findByRole('heading', { name: 'Change user partner' });
    await userEvent.click(screen.getByLabelText('Enabled'));
    await userEvent.type(screen.getByLabelText('New password (optional)'), 'another-password');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await vi.waitFor(() => expect(sent).toEqual({ enabled: true, password: 'another-password' }));
    expect(await screen.findByText(/signed out everywhere/)).toBeInTheDocument();
  });

  it('shows why the last admin cannot be demoted', async () => {
    server.use(
      http.patch('/api/v1/users/:id', () =>
        problem(409, 'This is the last enabled admin: appoint another admin first'),
      ),
    );
    renderUsers('/admin?tab=users&user=1');
    await screen.findByRole('heading', { name: 'Change user admin' });
    await userEvent.click(screen.getByLabelText('Disabled'));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByText(
      'This is the last enabled admin: appoint another admin first',
    );
    expect(alert.closest('.govuk-error-summary')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Change user admin' })).toBeInTheDocument();
  });

  it('does not send a patch when nothing changed', async () => {
    const patch = vi.fn();
    server.use(http.patch('/api/v1/users/:id', patch));
    renderUsers('/admin?tab=users&user=1');
    await screen.findByRole('heading', { name: 'Change user admin' });
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('You have not changed anything.')).toBeInTheDocument();
    expect(patch).not.toHaveBeenCalled();
  });
});
