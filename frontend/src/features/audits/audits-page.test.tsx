import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { renderPage } from '@/testing/render';
import { problem, server, signedInAs } from '@/testing/server';
import AuditsPage from './audits-page';

const teams: Schemas['TeamResponse'][] = [
  { id: 1, code: 'IRT', name: 'Initial Response Team', serviceArea: 'Front Door' },
];

const audit: Schemas['CaseAuditResponse'] = {
  id: 7,
  auditDate: '2023-05-02',
  teamId: 1,
  teamCode: 'IRT',
  teamName: 'Initial Response Team',
  auditor: 'Sam Okafor',
  type: 'CASE_FILE',
  caseReference: 'CF-102934',
  grade: 'GOOD',
  moderatedGrade: 'REQUIRES_IMPROVEMENT',
  dueDate: '2023-05-20',
  completedDate: '2023-05-25',
  completedWithinTimescale: false,
  themes: ['Voice of the child'],
  learning: null,
  openRecommendations: 1,
  overdueRecommendations: 1,
  version: 0,
};

const overdue: Schemas['RecommendationResponse'] = {
  id: 3,
  auditId: 7,
  caseReference: 'CF-102934',
  teamCode: 'IRT',
  text: 'Update the chronology',
  owner: 'Team Manager',
  dueDate: '2023-06-30',
  status: 'OPEN',
  completionNote: null,
  overdue: true,
  version: 0,
};

beforeEach(() => {
  server.use(
    http.get('/api/v1/teams', () => HttpResponse.json(teams)),
    http.get('/api/v1/audits', () =>
      HttpResponse.json({ items: [audit], page: 1, size: 25, totalItems: 1, totalPages: 1 }),
    ),
    http.get('/api/v1/audit-recommendations', () => HttpResponse.json([overdue])),
  );
});

describe('AuditsPage', () => {
  it('lists audits, and the overdue recommendations across them', async () => {
    renderPage(<AuditsPage />, { route: '/audits', path: '/audits' });
    const audits = await screen.findByRole('table', { name: 'Audits (1)' }, { timeout: 5000 });
    const row = within(audits).getByRole('row', { name: /CF-102934/ });
    expect(within(row).getByText('Requires improvement')).toBeInTheDocument();
    expect(within(row).getByText('No')).toBeInTheDocument();
    const recommendations = await screen.findByRole('table', {
      name: 'Overdue recommendations across all audits (1)',
    });
    expect(within(recommendations).getByText('Overdue')).toBeInTheDocument();
    expect(within(recommendations).getByRole('link', { name: 'CF-102934 (IRT)' })).toHaveAttribute(
      'href',
      '/audits/7',
    );
  }, 15_000);

  it("shows the API's refusals beside their fields", async () => {
    server.use(
      http.post('/api/v1/audits', () =>
        problem(400, 'The request has invalid fields', [
          { field: 'caseReference', message: 'must be a case reference such as CF-102934' },
          { field: 'moderatedGrade', message: 'needs a grade first: moderation reviews one' },
        ]),
      ),
    );
    renderPage(<AuditsPage />, { route: '/audits', path: '/audits' });
    await screen.findByRole('heading', { name: 'Record an audit' }, { timeout: 5000 });
    const form = screen.getByRole('button', { name: 'Record audit' }).closest('form')!;
    const field = (label: string) => within(form).getByLabelText(label);
    const fill = async (label: string, text: string) => {
      await userEvent.click(field(label));
      await userEvent.paste(text);
    };
    await fill('Audit date', '2023-05-02');
    await userEvent.selectOptions(field('Team'), 'Initial Response Team');
    await fill('Auditor', 'Sam Okafor');
    await userEvent.selectOptions(field('Type'), 'Case file audit');
    await fill('Case reference', 'Jane Smith');
    await userEvent.selectOptions(field('Grade after moderation'), 'Good');
    await fill('Due date', '2023-05-20');
    await userEvent.click(screen.getByRole('button', { name: 'Record audit' }));

    expect(
      await within(form).findByText('must be a case reference such as CF-102934'),
    ).toBeInTheDocument();
    expect(
      within(form).getByText('needs a grade first: moderation reviews one'),
    ).toBeInTheDocument();
  }, 15_000);

  it('offers no form to a viewer', async () => {
    signedInAs('viewer');
    renderPage(<AuditsPage />, { route: '/audits', path: '/audits' });
    await screen.findByRole('table', { name: 'Audits (1)' }, { timeout: 5000 });
    expect(screen.queryByRole('heading', { name: 'Record an audit' })).not.toBeInTheDocument();
  }, 15_000);
});
