import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { renderPage } from '@/testing/render';
import { problem, server } from '@/testing/server';
import MyWorkPage from './my-work-page';

const nothingToDo: Schemas['MyWork'] = {
  today: '2026-11-30',
  leadRoles: [],
  actionsDue: [],
  actionsWithoutEvidence: [],
  recommendations: [],
  actionsArising: [],
  reportsDue: [],
};

const overdueRecommendation: Schemas['Recommendation'] = {
  id: 4,
  text: 'Update the chronology',
  source: 'Case audit CF-100005 (MASH)',
  dueDate: '2026-10-01',
};

let saved: Schemas['SettingsRequest'] | undefined;

beforeEach(() => {
  saved = undefined;
  server.use(
    http.get('/api/v1/me/work', () =>
      HttpResponse.json(
        saved === undefined
          ? nothingToDo
          : {
              ...nothingToDo,
              leadRoles: saved.leadRoles,
              recommendations: [overdueRecommendation],
            },
      ),
    ),
    http.get('/api/v1/me/reminder-settings', () =>
      HttpResponse.json({ email: null, leadRoles: [] }),
    ),
    http.put('/api/v1/me/reminder-settings', async ({ request }) => {
      const body = (await request.json()) as Schemas['SettingsRequest'];
      if (body.email === 'not-an-address') {
        return problem(400, 'The request has invalid fields', [
          { field: 'email', message: 'must be a well-formed email address' },
        ]);
      }
      saved = body;
      return HttpResponse.json({ email: body.email ?? null, leadRoles: body.leadRoles });
    }),
  );
});

describe('MyWorkPage', () => {
  it('lets a person name the roles they hold, and then lists the work those roles own', async () => {
    renderPage(<MyWorkPage />, { route: '/my-work', path: '/my-work' });
    expect(await screen.findByText(/You hold no plan lead roles yet/)).toBeInTheDocument();
    const form = screen.getByRole('region', { name: 'Your roles and reminders' });
    await userEvent.type(
      within(form).getByLabelText('Lead roles you hold'),
      'HOS Front Door{enter}  Team Manager  {enter}{enter}',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Your settings were saved')).toBeInTheDocument();
    expect(saved).toEqual({ leadRoles: ['HOS Front Door', 'Team Manager'], email: null });
    expect(
      await screen.findByText(/one of their leads is: HOS Front Door, Team Manager/),
    ).toBeInTheDocument();
    expect(screen.getByText('Update the chronology')).toBeInTheDocument();
  });

  it('shows a refused e-mail address beside its field and keeps what was typed', async () => {
    renderPage(<MyWorkPage />, { route: '/my-work', path: '/my-work' });
    const form = await screen.findByRole('region', { name: 'Your roles and reminders' });
    await userEvent.type(
      within(form).getByLabelText(/E-mail for the weekly digest/),
      'not-an-address',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Save settings' }));
    expect(
      await within(form).findAllByText(/must be a well-formed email address/),
    ).not.toHaveLength(0);
    expect(within(form).getByLabelText(/E-mail for the weekly digest/)).toHaveValue(
      'not-an-address',
    );
    expect(saved).toBeUndefined();
  });
});
