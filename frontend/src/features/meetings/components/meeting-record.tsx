import { useState } from 'react';
import { ErrorSummary } from '@/components/error-summary';
import { Select, TextArea, TextField } from '@/components/form-fields';
import { SuccessBanner } from '@/components/success-banner';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { Schemas } from '@/lib/api-client';
import { useRecordMeeting } from '../api/record-meeting';

type Meeting = Schemas['MeetingResponse'];

/** Who attended, the minutes and the decisions: read by everyone, recorded by editors. */
export function MeetingRecord({ meeting, canEdit }: { meeting: Meeting; canEdit: boolean }) {
  return (
    <section className="app-report-section" aria-labelledby="record-heading">
      <h2 className="govuk-heading-m" id="record-heading">
        Meeting record
      </h2>
      {canEdit ? (
        <RecordForm meeting={meeting} />
      ) : (
        <dl className="govuk-summary-list">
          <Row label="Attendees" value={meeting.attendees.join(', ')} />
          <Row label="Minutes" value={meeting.minutes} />
          <Row label="Decisions" value={meeting.decisions} />
        </dl>
      )}
    </section>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value app-pre-line">{value || 'Not recorded yet'}</dd>
    </div>
  );
}

function RecordForm({ meeting }: { meeting: Meeting }) {
  const [date, setDate] = useState(meeting.date);
  const [status, setStatus] = useState<Meeting['status']>(meeting.status);
  const [attendees, setAttendees] = useState(meeting.attendees.join('\n'));
  const [minutes, setMinutes] = useState(meeting.minutes);
  const [decisions, setDecisions] = useState(meeting.decisions);
  const record = useRecordMeeting(meeting);
  const { errors, message, showError, clear } = useFormErrors();
  return (
    <>
      {record.isSuccess && <SuccessBanner heading="The meeting record was saved" />}
      <ErrorSummary errors={errors} description={message} />
      <form
        noValidate
        aria-label="Record the meeting"
        onSubmit={(e) => {
          e.preventDefault();
          record.mutate(
            {
              boardId: meeting.boardId,
              date,
              status,
              attendees: attendees
                .split('\n')
                .map((a) => a.trim())
                .filter((a) => a !== ''),
              minutes,
              decisions,
            },
            { onSuccess: clear, onError: (error) => showError(error) },
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
          onChange={setStatus}
          options={[
            { value: 'PLANNED', label: 'Planned' },
            { value: 'HELD', label: 'Held' },
          ]}
          error={errors.status}
        />
        <TextArea
          name="attendees"
          label="Attendees"
          hint="One per line, for example Service Director (chair)"
          rows={4}
          value={attendees}
          onChange={setAttendees}
          error={errors.attendees}
        />
        <TextArea
          name="minutes"
          label="Minutes"
          rows={6}
          value={minutes}
          onChange={setMinutes}
          error={errors.minutes}
        />
        <TextArea
          name="decisions"
          label="Decisions"
          rows={4}
          value={decisions}
          onChange={setDecisions}
          error={errors.decisions}
        />
        <button type="submit" className="govuk-button" disabled={record.isPending}>
          Save the meeting record
        </button>
      </form>
    </>
  );
}
