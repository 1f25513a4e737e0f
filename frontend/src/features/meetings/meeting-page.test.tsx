import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { renderPage } from '@/testing/render';
import { problem, server, signedInAs } from '@/testing/server';
import MeetingPage from './meeting-page';

const meeting: Schemas['MeetingResponse'] = {
  id: 7,
  boardId: 3,
  boardName: 'Front Door Improvement Board',
  planId: 1,
  date: '2023-04-06',
  status: 'PLANNED',
  attendees: [],
  minutes: '',
  decisions: '',
  summary: '',
  previousMeeting: null,
  nextMeeting: null,
  version: 0,
};

const action: Schemas['ActionLine'] = {
  id: 11,
  ref: '2.6',
  priorityNumber: 2,
  text: 'Consent guidance for MASH staff',
  leads: ['HOS Front Door'],
  dueDate: '2023-04-01',
  dueWording: 'March 23',
  rag: 'AMBER',
  effectiveRag: 'RED',
  overdue: true,
  lastEvidenceOn: null,
};

const report: Schemas['HighlightReport'] = {
  meetingId: 7,
  boardId: 3,
  boardName: 'Front Door Improvement Board',
  chair: 'Service Director',
  meetingDate: '2023-04-06',
  meetingStatus: 'PLANNED',
  asAt: '2023-04-01T09:30:00Z',
  previousMeeting: '2023-03-23',
  since: '2023-03-23',
  nextMeeting: '2023-04-20',
  scorecardMonth: '2023-03',
  summary: '',
  priorities: [
    {
      priorityId: 2,
      number: 2,
      title: 'Early Help and Front Door responses',
      ragCounts: { RED: 1, AMBER: 0, AMBER_E: 0, GREEN: 0, NONE: 0 },
      progress: '',
      challenges: '',
      risks: [],
      ragChanges: [],
      newEvidence: [],
      dueDatesMoved: [],
      overdue: [action],
      dueBeforeNextMeeting: [],
      awaitingImpact: [],
      indicators: [],
    },
  ],
  risks: [],
  unansweredFindings: [],
  actionsArising: [],
  scorecard: { planId: 1, periods: [], firstPeriod: null, areas: [] },
};

beforeEach(() => {
  server.use(
    http.get('/api/v1/meetings/7', () => HttpResponse.json(meeting)),
    http.get('/api/v1/meetings/7/actions-arising', () => HttpResponse.json([])),
    http.get('/api/v1/meetings/7/report/versions', () => HttpResponse.json([])),
    http.get('/api/v1/meetings/7/report', () => HttpResponse.json(report)),
  );
});

function renderMeeting() {
  return renderPage(<MeetingPage />, { route: '/meetings/7', path: '/meetings/:id' });
}

describe('MeetingPage', () => {
  it('shows an editor the draft report, as at its time, beside the commentary form', async () => {
    renderMeeting();
    const draft = await screen.findByRole('region', { name: 'Draft highlight report' });
    expect(await within(draft).findByTestId('report-as-at')).toHaveTextContent('As at 1 Apr 2023');
    expect(within(draft).getByText('Consent guidance for MASH staff')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Commentary' })).toBeInTheDocument();
    expect(screen.getByText('The report has not been published yet.')).toBeInTheDocument();
  });

  it('publishes the report and offers its PDF', async () => {
    server.use(
      http.post('/api/v1/meetings/7/report/publish', () =>
        HttpResponse.json(
          {
            version: 1,
            sha256: 'a'.repeat(64),
            publishedBy: 'Erin Editor',
            publishedAt: '2023-04-01T09:31:00Z',
            report,
          },
          { status: 201 },
        ),
      ),
    );
    renderMeeting();
    await userEvent.click(await screen.findByRole('button', { name: 'Publish the report' }));
    expect(await screen.findByText('Version 1 was published')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download the PDF of version 1' })).toHaveAttribute(
      'href',
      '/api/v1/meetings/7/report.pdf?version=1',
    );
  });

  it('lets an editor mark an action arising done, naming the version it changes', async () => {
    const item: Schemas['ActionArisingResponse'] = {
      id: 31,
      meetingId: 7,
      raisedOn: '2023-03-23',
      boardId: 3,
      boardName: 'Front Door Improvement Board',
      text: 'Circulate the consent guidance',
      owner: 'HOS Front Door',
      ownerUserId: null,
      dueDate: '2023-04-01',
      status: 'OPEN',
      closedOn: null,
      overdue: true,
      version: 2,
    };
    let sent: { ifMatch: string | null; body: unknown } | undefined;
    server.use(
      http.get('/api/v1/meetings/7/actions-arising', () =>
        HttpResponse.json(
          sent === undefined
            ? [item]
            : [{ ...item, status: 'DONE', closedOn: '2023-04-06', overdue: false }],
        ),
      ),
      http.put('/api/v1/meetings/7/actions-arising/31', async ({ request }) => {
        sent = { ifMatch: request.headers.get('If-Match'), body: await request.json() };
        return HttpResponse.json({ ...item, status: 'DONE', closedOn: '2023-04-06', version: 3 });
      }),
    );
    renderMeeting();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Mark “Circulate the consent guidance” done' }),
    );
    expect(await screen.findByText('Done 6 Apr 2023')).toBeInTheDocument();
    expect(sent).toEqual({
      ifMatch: '"2"',
      body: {
        text: 'Circulate the consent guidance',
        owner: 'HOS Front Door',
        ownerUserId: null,
        dueDate: '2023-04-01',
        status: 'DONE',
      },
    });
  });

  it('lets an editor record who attended, the minutes and that the meeting was held', async () => {
    let sent: { ifMatch: string | null; body: unknown } | undefined;
    server.use(
      http.put('/api/v1/meetings/7', async ({ request }) => {
        sent = { ifMatch: request.headers.get('If-Match'), body: await request.json() };
        return HttpResponse.json({
          ...meeting,
          status: 'HELD',
          attendees: ['Service Director (chair)', 'HOS Front Door'],
          minutes: 'Consent guidance agreed.',
          version: 1,
        });
      }),
    );
    renderMeeting();
    const form = await screen.findByRole('form', { name: 'Record the meeting' });
    await userEvent.selectOptions(within(form).getByLabelText('Status'), 'HELD');
    await userEvent.type(
      within(form).getByLabelText('Attendees'),
      'Service Director (chair){enter}HOS Front Door{enter}',
    );
    await userEvent.type(within(form).getByLabelText('Minutes'), 'Consent guidance agreed.');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the meeting record' }));
    expect(await screen.findByText('The meeting record was saved')).toBeInTheDocument();
    expect(sent).toEqual({
      ifMatch: '"0"',
      body: {
        boardId: 3,
        date: '2023-04-06',
        status: 'HELD',
        attendees: ['Service Director (chair)', 'HOS Front Door'],
        minutes: 'Consent guidance agreed.',
        decisions: '',
      },
    });
  });

  it('refuses a meeting held in the future beside the status, keeping what was typed', async () => {
    server.use(
      http.put('/api/v1/meetings/7', () =>
        problem(400, 'The request has invalid fields', [
          { field: 'status', message: 'a meeting cannot be held before its date' },
        ]),
      ),
    );
    renderMeeting();
    const form = await screen.findByRole('form', { name: 'Record the meeting' });
    await userEvent.selectOptions(within(form).getByLabelText('Status'), 'HELD');
    await userEvent.type(within(form).getByLabelText('Minutes'), 'Draft minutes');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the meeting record' }));
    expect(
      await within(form).findAllByText(/a meeting cannot be held before its date/),
    ).not.toHaveLength(0);
    expect(within(form).getByLabelText('Minutes')).toHaveValue('Draft minutes');
  });

  it('shows a viewer the published reports but no draft and no forms', async () => {
    signedInAs('viewer');
    renderMeeting();
    await screen.findByText('The report has not been published yet.');
    expect(screen.queryByRole('region', { name: 'Draft highlight report' })).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('region', { name: 'Meeting record' })).toHaveTextContent(
      'MinutesNot recorded yet',
    );
  });
});
