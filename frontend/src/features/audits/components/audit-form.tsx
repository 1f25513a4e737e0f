import { useState, type FormEvent } from 'react';
import { ErrorSummary, type FieldErrors } from '@/components/error-summary';
import { Select, TextArea, TextField } from '@/components/form-fields';
import { SuccessBanner } from '@/components/success-banner';
import { useFormErrors } from '@/hooks/use-form-errors';
import { useFormFields } from '@/hooks/use-form-fields';
import type { Schemas } from '@/lib/api-client';
import { teamOptions } from '@/lib/reference-data';
import { useCreateAudit } from '../api/create-audit';
import { AUDIT_TYPE_NAMES, GRADE_NAMES, options } from '../utils/audit-text';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMPTY = {
  auditDate: '',
  teamId: '',
  auditor: '',
  type: '',
  caseReference: '',
  grade: '',
  moderatedGrade: '',
  dueDate: '',
  completedDate: '',
  themes: '',
  learning: '',
};
type Fields = typeof EMPTY;

/**
 * Records a case audit, the GOV.UK way: the form checks what it can, and the API's refusals
 * (a moderated grade without a grade, a completion before the audit, a name as a case
 * reference) appear beside their fields.
 */
export function AuditForm({ teams }: { teams: Schemas['TeamResponse'][] }) {
  const create = useCreateAudit();
  const { errors, message, check, showError } = useFormErrors();
  const { fields, setFields, bind } = useFormFields<Fields>(EMPTY, errors);
  const [created, setCreated] = useState<Schemas['CaseAuditResponse']>();

  function validate(): FieldErrors {
    const found: FieldErrors = {};
    if (!DATE.test(fields.auditDate)) found.auditDate = 'Enter the audit date, like 2023-05-02';
    if (!fields.teamId) found.teamId = 'Select the team';
    if (!fields.auditor.trim()) found.auditor = 'Enter who audited the case';
    if (!fields.type) found.type = 'Select the type of audit';
    if (!fields.caseReference.trim()) found.caseReference = 'Enter the case reference';
    if (!DATE.test(fields.dueDate)) found.dueDate = 'Enter the due date, like 2023-05-20';
    if (fields.completedDate && !DATE.test(fields.completedDate)) {
      found.completedDate = 'Enter the completion date, like 2023-05-18';
    }
    return found;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(undefined);
    if (!check(validate())) return;
    const body: Schemas['CaseAuditRequest'] = {
      auditDate: fields.auditDate,
      teamId: Number(fields.teamId),
      auditor: fields.auditor.trim(),
      type: fields.type as Schemas['AuditType'],
      caseReference: fields.caseReference.trim(),
      grade: (fields.grade || null) as Schemas['Grade'] | null,
      moderatedGrade: (fields.moderatedGrade || null) as Schemas['Grade'] | null,
      dueDate: fields.dueDate,
      completedDate: fields.completedDate || null,
      themes: fields.themes
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      learning: fields.learning.trim() || undefined,
    };
    create.mutate(body, {
      onSuccess: (audit) => {
        setCreated(audit);
        setFields(EMPTY);
      },
      onError: (error) => showError(error),
    });
  }

  return (
    <>
      {created && (
        <SuccessBanner key={created.id} heading={`Audit of ${created.caseReference} recorded`} />
      )}
      <h2 className="govuk-heading-m">Record an audit</h2>
      <ErrorSummary errors={errors} description={message} />
      <form onSubmit={submit} noValidate>
        <TextField
          {...bind('auditDate')}
          label="Audit date"
          hint="For example, 2023-05-02"
          type="date"
          width="govuk-input--width-10"
        />
        <Select {...bind('teamId')} label="Team" options={teamOptions(teams, 'Select a team')} />
        <TextField {...bind('auditor')} label="Auditor" />
        <Select
          {...bind('type')}
          label="Type"
          options={options(AUDIT_TYPE_NAMES, 'Select a type')}
        />
        <TextField
          {...bind('caseReference')}
          label="Case reference"
          hint="The case's reference only, such as CF-102934: never a child's name, date of birth or other personal details"
          width="govuk-input--width-20"
        />
        <Select {...bind('grade')} label="Grade" options={options(GRADE_NAMES, 'Not graded yet')} />
        <Select
          {...bind('moderatedGrade')}
          label="Grade after moderation"
          options={options(GRADE_NAMES, 'Not moderated yet')}
        />
        <TextField
          {...bind('dueDate')}
          label="Due date"
          type="date"
          width="govuk-input--width-10"
        />
        <TextField
          {...bind('completedDate')}
          label="Completed on"
          hint="Leave empty until the audit is completed"
          type="date"
          width="govuk-input--width-10"
        />
        <TextField
          {...bind('themes')}
          label="Themes"
          hint="Separated by commas, such as Voice of the child, Supervision"
        />
        <TextArea {...bind('learning')} label="Learning" />
        <button type="submit" className="govuk-button" disabled={create.isPending}>
          Record audit
        </button>
      </form>
    </>
  );
}
