import { useFindings, useOrganisations, usePriorities } from '@/lib/reference-data';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Checkboxes } from '@/components/choice-fields';
import { ErrorSummary } from '@/components/error-summary';
import { Select, TextArea, TextField } from '@/components/form-fields';
import { MultiPicker } from '@/components/multi-picker';
import { shorten } from '@/components/short-text';
import { SuccessBanner } from '@/components/success-banner';
import { useFormErrors } from '@/hooks/use-form-errors';
import { ApiError, type Schemas } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { actionQueryOptions, type ActionWithETag } from '../api/get-action';
import { useIndicators } from '../api/get-indicators';
import { useUpdateAction } from '../api/update-action';
import { findingChoice, indicatorChoice } from '../utils/link-choices';
import {
  changedFields,
  checkForm,
  formFromAction,
  groupFieldErrors,
  movesDueDate,
  requestFromForm,
  type ActionFormField,
  type ActionFormValues,
} from '../utils/action-form';

export const STALE_EDIT =
  'Someone else changed this action since you opened it. Your changes are still below. Check the latest version (shown) and save again.';

/**
 * The action's details (`children`) with an "Edit action" button, and the form the button opens in
 * their place: the form holds the same fields, so the page does not show them twice.
 */
export function EditAction({
  current,
  children,
}: {
  current: ActionWithETag;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);

  useEffect(() => {
    // Back to the button after cancelling, so that keyboard users keep their place.
    if (!open && cancelled.current) {
      cancelled.current = false;
      button.current?.focus();
    }
  }, [open]);

  if (open) {
    return (
      <EditActionForm
        current={current}
        onCancel={() => {
          cancelled.current = true;
          setOpen(false);
        }}
        onSaved={() => {
          setSaved(true);
          setOpen(false);
        }}
      />
    );
  }
  return (
    <>
      {saved && <SuccessBanner heading="The action was saved" />}
      {children}
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        ref={button}
        onClick={() => {
          setSaved(false);
          setOpen(true);
        }}
      >
        Edit action
      </button>
    </>
  );
}

type Conflict = { before: Schemas['ActionResponse']; after: Schemas['ActionResponse'] };

function EditActionForm({
  current,
  onCancel,
  onSaved,
}: {
  current: ActionWithETag;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const id = current.action.id;
  const planId = current.action.planId;
  const client = useQueryClient();
  const update = useUpdateAction(id);
  const priorities = usePriorities(planId);
  const findings = useFindings({ plan: planId });
  const organisations = useOrganisations();
  const indicators = useIndicators(planId);

  // The version the user is editing: what they have seen. Saving sends its ETag.
  const [base, setBase] = useState<ActionWithETag>(current);
  const [values, setValues] = useState<ActionFormValues>(() => formFromAction(current.action));
  const { errors, message, check, showError, showMessage } = useFormErrors();
  const [conflict, setConflict] = useState<Conflict>();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  // A change made meanwhile that leaves every editable field as the user saw it (their own RAG
  // change or progress update, say) overwrites nothing: save against the newer version then.
  const etag = changedFields(base.action, current.action).length === 0 ? current.etag : base.etag;

  function set<K extends ActionFormField>(field: K, value: ActionFormValues[K]) {
    setValues((v) => ({ ...v, [field]: value }));
  }

  async function showLatest() {
    try {
      const latest = await client.fetchQuery({ ...actionQueryOptions(id), staleTime: 0 });
      setConflict({ before: base.action, after: latest.action });
      setBase(latest);
    } catch {
      showMessage(
        'Someone else changed this action since you opened it. Your changes are still below, but the latest version could not be loaded: reload the page to see it.',
      );
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!check(checkForm(values, base.action))) return;
    update.mutate(
      { body: requestFromForm(values), etag },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (error instanceof ApiError && error.status === 412) {
            showMessage(STALE_EDIT);
            void showLatest();
          } else {
            showError(error, groupFieldErrors);
          }
        },
      },
    );
  }

  const priorityOptions = priorities.data
    ? priorities.data.map((p) => ({
        value: String(p.id),
        label: `Priority ${p.number}: ${shorten(p.title, 80)}`,
      }))
    : [{ value: values.priorityId, label: `Priority ${current.action.priorityNumber}` }];

  const changes = conflict ? changedFields(conflict.before, conflict.after) : [];

  return (
    <section aria-labelledby="edit-action-heading">
      <h2 className="govuk-heading-m" id="edit-action-heading" tabIndex={-1} ref={heading}>
        Edit action
      </h2>
      <ErrorSummary errors={errors} description={message} />

      {conflict && (
        <div className="govuk-inset-text">
          <h3 className="govuk-heading-s">What changed since you opened the form</h3>
          {changes.length === 0 ? (
            <p className="govuk-body">
              None of the fields in this form changed (its RAG status or evidence may have). Save
              again to keep your changes.
            </p>
          ) : (
            <>
              <p className="govuk-body">These fields now say:</p>
              <dl className="govuk-summary-list">
                {changes.map(({ field, label, show }) => (
                  <div className="govuk-summary-list__row" key={field}>
                    <dt className="govuk-summary-list__key">{label}</dt>
                    <dd className="govuk-summary-list__value app-pre-wrap">
                      {show(conflict.after) || <span className="app-muted">Not recorded</span>}
                    </dd>
                    <dd className="govuk-summary-list__actions">
                      <button
                        type="button"
                        className="app-link-button"
                        onClick={() => set(field, formFromAction(conflict.after)[field])}
                      >
                        Use the latest<span className="govuk-visually-hidden"> {label}</span>
                      </button>
                    </dd>
                  </div>
                ))}
              </dl>
            </>
          )}
        </div>
      )}

      <form onSubmit={submit} noValidate>
        <Select
          name="priorityId"
          label="Priority"
          value={values.priorityId}
          onChange={(v) => set('priorityId', v)}
          options={priorityOptions}
          error={errors.priorityId}
        />
        <TextField
          name="ref"
          label="Reference"
          hint="For example, 2.6"
          width="govuk-input--width-5"
          value={values.ref}
          onChange={(v) => set('ref', v)}
          error={errors.ref}
        />
        <TextArea
          name="desiredOutcome"
          label="Desired outcome"
          value={values.desiredOutcome}
          onChange={(v) => set('desiredOutcome', v)}
          error={errors.desiredOutcome}
        />
        <TextArea
          name="action"
          label="Action"
          value={values.action}
          onChange={(v) => set('action', v)}
          error={errors.action}
        />
        <TextArea
          name="leads"
          label="Leads"
          hint="One lead per line"
          rows={3}
          value={values.leads}
          onChange={(v) => set('leads', v)}
          error={errors.leads}
        />
        <TextField
          name="dueDate"
          label="Due date"
          hint="Leave empty if the plan gives no date"
          type="date"
          width="govuk-input--width-10"
          value={values.dueDate}
          onChange={(v) => set('dueDate', v)}
          error={errors.dueDate}
        />
        {movesDueDate(values, base.action) && (
          <TextArea
            name="dueDateChangeReason"
            label="Why does the due date move?"
            hint={`The original due date (${formatDate(base.action.slippage.originalDueDate ?? base.action.dueDate)}) is kept, and the move is shown on the action, in the plan and on the dashboard.`}
            rows={2}
            value={values.dueDateChangeReason}
            onChange={(v) => set('dueDateChangeReason', v)}
            error={errors.dueDateChangeReason}
          />
        )}
        <TextField
          name="dueWording"
          label="Due (as the plan words it)"
          hint="For example, Immediately or By March 2025. Left as it is, it follows a new due date."
          width="govuk-input--width-20"
          value={values.dueWording}
          onChange={(v) => set('dueWording', v)}
          error={errors.dueWording}
        />
        <TextArea
          name="impact"
          label="Impact"
          value={values.impact}
          onChange={(v) => set('impact', v)}
          error={errors.impact}
        />
        <TextArea
          name="measure"
          label="How it is measured"
          value={values.measure}
          onChange={(v) => set('measure', v)}
          error={errors.measure}
        />
        <Picker pending={organisations.isPending} failed={organisations.isError} what="partners">
          <Checkboxes
            name="partnerOrganisationIds"
            legend="Partners co-leading"
            hint="Their staff may add progress updates and propose RAG changes"
            small
            options={(organisations.data ?? [])
              .filter((o) => o.kind === 'PARTNER')
              .map((o) => ({ value: String(o.id), label: o.name }))}
            values={values.partnerOrganisationIds}
            onChange={(v) => set('partnerOrganisationIds', v)}
            error={errors.partnerOrganisationIds}
          />
        </Picker>
        <Picker pending={findings.isPending} failed={findings.isError} what="findings">
          <MultiPicker
            name="findingIds"
            legend="Findings cited"
            hint="The inspection findings this action answers"
            searchLabel="Find a finding by paragraph number or words"
            noun="findings"
            choices={(findings.data ?? []).map(findingChoice)}
            values={values.findingIds}
            onChange={(v) => set('findingIds', v)}
            error={errors.findingIds}
          />
        </Picker>
        <Picker pending={indicators.isPending} failed={indicators.isError} what="indicators">
          <MultiPicker
            name="indicatorIds"
            legend="Indicators"
            hint="The indicators that show this action's impact"
            searchLabel="Find an indicator by number or words"
            noun="indicators"
            choices={(indicators.data?.items ?? []).map(indicatorChoice)}
            values={values.indicatorIds}
            onChange={(v) => set('indicatorIds', v)}
            error={errors.indicatorIds}
          />
        </Picker>
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={update.isPending}>
            Save changes
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}

/** A list of choices that is still loading, or could not be loaded (the choices made are kept). */
function Picker({
  pending,
  failed,
  what,
  children,
}: {
  pending: boolean;
  failed: boolean;
  what: string;
  children: ReactNode;
}) {
  if (failed)
    return (
      <p className="govuk-body app-muted">
        The {what} could not be loaded; saving keeps the ones already chosen.
      </p>
    );
  if (pending)
    return (
      <p className="govuk-body app-muted" role="status">
        Loading the {what}…
      </p>
    );
  return <>{children}</>;
}
