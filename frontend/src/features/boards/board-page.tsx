import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { DataTable } from '@/components/data-table';
import { ErrorSummary } from '@/components/error-summary';
import { Select, TextField } from '@/components/form-fields';
import { Page } from '@/components/page';
import { QueryState } from '@/components/query-state';
import { useFormErrors } from '@/hooks/use-form-errors';
import { formatDate } from '@/lib/format';
import { useMe } from '@/lib/me';
import { can } from '@/lib/permissions';
import { useCreateMeeting } from './api/create-meeting';
import { useBoard } from './api/get-board';
import { useMeetings } from './api/get-meetings';
import { CADENCE } from './components/cadence';

/** A board: who sits on it, what reports to it, and its meetings. */
export default function BoardPage() {
  const id = Number(useParams().id);
  const board = useBoard(id);
  const meetings = useMeetings(id);
  const me = useMe().data ?? undefined;
  return (
    <Page title={board.data?.name ?? 'Board'} back={{ to: '/boards', label: 'All boards' }}>
      <QueryState isPending={board.isPending} error={board.error}>
        {() => {
          const b = board.data!;
          return (
            <dl className="govuk-summary-list">
              <Row label="Chair" value={b.chair} />
              <Row label="Meets" value={CADENCE[b.cadence]} />
              <Row label="Purpose" value={b.purpose} />
              <Row
                label="Priorities reporting to it"
                value={
                  b.priorities.length === 0
                    ? 'The whole plan'
                    : b.priorities.map((p) => `${p.number}. ${p.title}`).join('; ')
                }
              />
              <Row label="Organisations" value={b.organisations.map((o) => o.name).join(', ')} />
              <Row label="Secretary" value={b.secretary?.displayName ?? 'None named'} />
            </dl>
          );
        }}
      </QueryState>
      <h2 className="govuk-heading-m">Meetings</h2>
      <QueryState isPending={meetings.isPending} error={meetings.error}>
        {() => (
          <DataTable
            caption="Meetings"
            hideCaption
            rows={meetings.data!}
            rowKey={(m) => m.id}
            empty="No meetings yet."
            columns={[
              {
                header: 'Date',
                rowHeader: true,
                cell: (m) => (
                  <Link className="govuk-link" to={`/meetings/${m.id}`}>
                    {formatDate(m.date)}
                  </Link>
                ),
              },
              { header: 'Status', cell: (m) => (m.status === 'HELD' ? 'Held' : 'Planned') },
            ]}
          />
        )}
      </QueryState>
      {can(me, 'plan:edit') && <PlanMeetingForm boardId={id} />}
    </Page>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{value}</dd>
    </div>
  );
}

function PlanMeetingForm({ boardId }: { boardId: number }) {
  const [date, setDate] = useState('');
  const [status, setStatus] = useState<'PLANNED' | 'HELD'>('PLANNED');
  const create = useCreateMeeting();
  const { errors, message, check, showError, clear } = useFormErrors();
  return (
    <section aria-labelledby="plan-meeting">
      <h2 className="govuk-heading-m" id="plan-meeting">
        Add a meeting
      </h2>
      <ErrorSummary errors={errors} description={message} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!check(date ? {} : { date: 'Enter the date of the meeting' })) return;
          create.mutate(
            { boardId, date, status, attendees: [], minutes: '', decisions: '' },
            {
              onSuccess: () => {
                clear();
                setDate('');
              },
              onError: (error) => showError(error),
            },
          );
        }}
      >
        <TextField
          name="date"
          label="Date"
          type="date"
          value={date}
          onChange={setDate}
          error={errors.date}
        />
        <Select
          name="status"
          label="Status"
          value={status}
          onChange={(v) => setStatus(v as 'PLANNED' | 'HELD')}
          options={[
            { value: 'PLANNED', label: 'Planned' },
            { value: 'HELD', label: 'Held' },
          ]}
          error={errors.status}
        />
        <button type="submit" className="govuk-button" disabled={create.isPending}>
          Add meeting
        </button>
      </form>
    </section>
  );
}
