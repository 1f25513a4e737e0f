import { useState, type FormEvent } from 'react';
import { ErrorSummary, type FieldErrors } from '@/components/error-summary';
import { Select, TextField } from '@/components/form-fields';
import { SuccessBanner } from '@/components/success-banner';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { Schemas } from '@/lib/api-client';
import { useCreateCaseloadSnapshot } from '../api/create-caseload-snapshot';

const ROLE_NAMES: Record<Schemas['WorkerRole'], string> = {
  SOCIAL_WORKER: 'Social worker',
  SENIOR_SOCIAL_WORKER: 'Senior social worker',
  ADVANCED_PRACTITIONER: 'Advanced practitioner',
  ASSISTANT_SOCIAL_WORKER: 'Assistant social worker',
  TEAM_MANAGER: 'Team manager',
  OTHER: 'Other',
};

const EMPTY = {
  teamId: '',
  month: '',
  workerReference: '',
  role: 'SOCIAL_WORKER',
  employment: 'PERMANENT',
  fte: '1',
  childrenAllocated: '',
  supervisionsDue: '',
  supervisionsInTime: '',
};
type Fields = typeof EMPTY;
const COUNTS = ['childrenAllocated', 'supervisionsDue', 'supervisionsInTime'] as const;

/** Records one worker's month end: caseload and case supervisions. */
export function CaseloadForm({
  teams,
  month,
}: {
  teams: Schemas['TeamResponse'][];
  month: string;
}) {
  const create = useCreateCaseloadSnapshot();
  const [fields, setFields] = useState<Fields>({ ...EMPTY, month });
  const [saved, setSaved] = useState<Schemas['CaseloadSnapshotResponse']>();
  const { errors, message, check, showError } = useFormErrors();
  const set = (name: keyof Fields) => (value: string) =>
    setFields((f) => ({ ...f, [name]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(undefined);
    const found: FieldErrors = {};
    if (!fields.teamId) found.teamId = 'Select the team';
    if (!/^\d{4}-\d{2}$/.test(fields.month)) found.month = 'Enter the month, like 2023-04';
    if (!fields.workerReference.trim()) found.workerReference = 'Enter the staff reference';
    if (!Number.isFinite(Number(fields.fte)) || !fields.fte.trim())
      found.fte = 'Enter the FTE, like 0.8';
    for (const name of COUNTS) {
      if (!/^\d+$/.test(fields[name].trim())) found[name] = 'Enter a whole number';
    }
    if (!check(found)) return;
    create.mutate(
      {
        teamId: Number(fields.teamId),
        month: fields.month,
        workerReference: fields.workerReference.trim(),
        role: fields.role as Schemas['WorkerRole'],
        employment: fields.employment as Schemas['Employment'],
        fte: Number(fields.fte),
        childrenAllocated: Number(fields.childrenAllocated),
        supervisionsDue: Number(fields.supervisionsDue),
        supervisionsInTime: Number(fields.supervisionsInTime),
      },
      {
        onSuccess: (snapshot) => {
          setSaved(snapshot);
          setFields((f) => ({ ...EMPTY, teamId: f.teamId, month: f.month }));
        },
        onError: (error) => showError(error),
      },
    );
  }

  return (
    <>
      {saved && (
        <SuccessBanner
          key={saved.id}
          heading={`Snapshot of ${saved.workerReference} for ${saved.month} recorded`}
        />
      )}
      <h2 className="govuk-heading-m">Record a worker&apos;s month end</h2>
      <ErrorSummary errors={errors} description={message} />
      <form onSubmit={submit} noValidate>
        <Select
          name="teamId"
          label="Team"
          value={fields.teamId}
          onChange={set('teamId')}
          options={[
            { value: '', label: 'Select a team' },
            ...teams.map((t) => ({ value: String(t.id), label: t.name })),
          ]}
          error={errors.teamId}
        />
        <TextField
          name="month"
          label="Month"
          hint="For example, 2023-04"
          type="month"
          width="govuk-input--width-10"
          value={fields.month}
          onChange={set('month')}
          error={errors.month}
        />
        <TextField
          name="workerReference"
          label="Staff reference"
          hint="Letters then digits, such as SW0412: never a name"
          width="govuk-input--width-10"
          value={fields.workerReference}
          onChange={set('workerReference')}
          error={errors.workerReference}
        />
        <Select
          name="role"
          label="Role"
          value={fields.role}
          onChange={set('role')}
          options={Object.entries(ROLE_NAMES).map(([value, label]) => ({ value, label }))}
          error={errors.role}
        />
        <Select
          name="employment"
          label="Employment"
          value={fields.employment}
          onChange={set('employment')}
          options={[
            { value: 'PERMANENT', label: 'Permanent' },
            { value: 'AGENCY', label: 'Agency' },
          ]}
          error={errors.employment}
        />
        <TextField
          name="fte"
          label="FTE"
          hint="Full time is 1"
          width="govuk-input--width-5"
          value={fields.fte}
          onChange={set('fte')}
          error={errors.fte}
        />
        <TextField
          name="childrenAllocated"
          label="Children allocated"
          width="govuk-input--width-5"
          value={fields.childrenAllocated}
          onChange={set('childrenAllocated')}
          error={errors.childrenAllocated}
        />
        <TextField
          name="supervisionsDue"
          label="Case supervisions due"
          width="govuk-input--width-5"
          value={fields.supervisionsDue}
          onChange={set('supervisionsDue')}
          error={errors.supervisionsDue}
        />
        <TextField
          name="supervisionsInTime"
          label="Case supervisions held in time"
          width="govuk-input--width-5"
          value={fields.supervisionsInTime}
          onChange={set('supervisionsInTime')}
          error={errors.supervisionsInTime}
        />
        <button type="submit" className="govuk-button" disabled={create.isPending}>
          Record snapshot
        </button>
      </form>
    </>
  );
}
