import { useState, type FormEvent } from 'react';
import { ErrorSummary, type FieldErrors } from '@/components/error-summary';
import { Select, TextField } from '@/components/form-fields';
import { SuccessBanner } from '@/components/success-banner';
import { useFormErrors } from '@/hooks/use-form-errors';
import { useFormFields } from '@/hooks/use-form-fields';
import type { Schemas } from '@/lib/api-client';
import { teamOptions } from '@/lib/reference-data';
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
  const { errors, message, check, showError } = useFormErrors();
  const { fields, setFields, bind } = useFormFields<Fields>({ ...EMPTY, month }, errors);
  const [saved, setSaved] = useState<Schemas['CaseloadSnapshotResponse']>();

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
        <Select {...bind('teamId')} label="Team" options={teamOptions(teams, 'Select a team')} />
        <TextField
          {...bind('month')}
          label="Month"
          hint="For example, 2023-04"
          type="month"
          width="govuk-input--width-10"
        />
        <TextField
          {...bind('workerReference')}
          label="Staff reference"
          hint="Letters then digits, such as SW0412: never a name"
          width="govuk-input--width-10"
        />
        <Select
          {...bind('role')}
          label="Role"
          options={Object.entries(ROLE_NAMES).map(([value, label]) => ({ value, label }))}
        />
        <Select
          {...bind('employment')}
          label="Employment"
          options={[
            { value: 'PERMANENT', label: 'Permanent' },
            { value: 'AGENCY', label: 'Agency' },
          ]}
        />
        <TextField
          {...bind('fte')}
          label="FTE"
          hint="Full time is 1"
          width="govuk-input--width-5"
        />
        <TextField
          {...bind('childrenAllocated')}
          label="Children allocated"
          width="govuk-input--width-5"
        />
        <TextField
          {...bind('supervisionsDue')}
          label="Case supervisions due"
          width="govuk-input--width-5"
        />
        <TextField
          {...bind('supervisionsInTime')}
          label="Case supervisions held in time"
          width="govuk-input--width-5"
        />
        <button type="submit" className="govuk-button" disabled={create.isPending}>
          Record snapshot
        </button>
      </form>
    </>
  );
}
