import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { AcknowledgeWarnings, WARNINGS_NOT_ACKNOWLEDGED } from '@/components/acknowledge-warnings';
import { Radios } from '@/components/choice-fields';
import { ErrorSummary, fieldId } from '@/components/error-summary';
import { TextArea } from '@/components/form-fields';
import { SendButton } from '@/components/send-button';
import { SuccessBanner } from '@/components/success-banner';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { Schemas } from '@/lib/api-client';
import { newIdempotencyKey } from '@/lib/idempotency-key';
import { mediumMonth } from '@/lib/months';
import { sendFigures, type BulkResult, type SendOutcome } from '../api/send-figures';
import {
  correctsFinal,
  figureField,
  localErrors,
  problemsByField,
  REASON_FIELD,
  rowsToSend,
  type SentRow,
  type SheetArea,
  type SheetRow,
  type Typed,
} from '../utils/sheet';
import { AreaTable } from './area-table';

type Status = Schemas['ValueStatus'];

/** A check of the figures as they were typed: what was sent, and the API's answer. */
type Checked = { rows: SentRow[]; outcome: SendOutcome };

const newKey = () => newIdempotencyKey('month-entry');

/**
 * A month's figures for every indicator of the plan, on one sheet. "Check" sends the figures
 * entered or changed to the bulk API as one dry run; its refusals and warnings show beside their
 * inputs. "Save" sends the same rows as one call, with an Idempotency-Key made for them, so that
 * a second click or a retry after a lost answer never applies them twice; any change to the
 * figures, their status or the acknowledgement makes a new request, to be checked again.
 */
export function MonthSheet({
  plan,
  period,
  areas,
}: {
  plan: number;
  period: string;
  areas: SheetArea[];
}) {
  const client = useQueryClient();
  const [typed, setTyped] = useState<Typed>({});
  const [status, setStatus] = useState<Status>('PROVISIONAL');
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState<Checked>();
  const [acknowledged, setAcknowledged] = useState(false);
  const [key, setKey] = useState(newKey);
  const [sending, setSending] = useState(false);
  const [saved, setSaved] = useState<BulkResult>();
  const form = useFormErrors();
  // Set at once, unlike state: a second click before the page re-renders sends nothing.
  const inFlight = useRef(false);
  const checkButton = useRef<HTMLButtonElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const rows = areas.flatMap((a) => a.rows);
  const labels = Object.fromEntries(rows.map((r) => [figureField(r), `${r.number}. ${r.name}`]));
  const problems = checked ? problemsByField(checked.rows, checked.outcome.result) : undefined;
  const result = checked?.outcome.result;
  const canSave = checked !== undefined && result !== undefined && result.rejected === 0;

  useEffect(() => {
    // A check that found nothing to correct: its result (and the Save button) is where to go.
    if (canSave) resultHeading.current?.focus();
  }, [checked, canSave]);

  /** Anything that changes the request makes a new one: checked again, with a new key. */
  function changed() {
    setChecked(undefined);
    setAcknowledged(false);
    setKey(newKey());
  }

  /** Enter moves down the column of figures; after the last, to the Check button. */
  function moveFrom(input: HTMLInputElement, backwards: boolean) {
    const inputs = Array.from(document.querySelectorAll<HTMLInputElement>('input[data-figure]'));
    const index = inputs.indexOf(input) + (backwards ? -1 : 1);
    const next = index >= 0 ? inputs.at(index) : undefined;
    if (next) {
      next.focus();
      next.select();
    } else if (!backwards) {
      checkButton.current?.focus();
    }
  }

  async function send(sent: SentRow[], dryRun: boolean): Promise<SendOutcome | undefined> {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setSending(true);
    try {
      return await sendFigures({
        plan,
        rows: sent,
        dryRun,
        acknowledgeWarnings: acknowledged,
        idempotencyKey: dryRun ? undefined : key,
      });
    } catch (error) {
      form.showError(error);
      return undefined;
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  }

  /** Shows the API's answer: refusals beside their inputs and in the summary. */
  function show(sent: SentRow[], outcome: SendOutcome) {
    setChecked({ rows: sent, outcome });
    form.check(problemsByField(sent, outcome.result).errors);
  }

  async function check(event: FormEvent) {
    event.preventDefault();
    if (inFlight.current) return;
    setSaved(undefined);
    setChecked(undefined);
    if (!form.check(localErrors(rows, typed, reason))) return;
    const sent = rowsToSend(rows, typed, period, status, reason);
    if (sent.length === 0) {
      form.showMessage(`Enter or change at least one figure for ${mediumMonth(period)}`);
      return;
    }
    const outcome = await send(sent, true);
    if (outcome) show(sent, outcome);
  }

  async function save() {
    if (!checked || inFlight.current) return;
    if (checked.outcome.result.warned > 0 && !acknowledged) {
      form.check({ acknowledgeWarnings: WARNINGS_NOT_ACKNOWLEDGED });
      return;
    }
    const outcome = await send(checked.rows, false);
    if (!outcome) return;
    if (outcome.refused) {
      // The figures changed since the check: show what the API found now.
      show(checked.rows, outcome);
      return;
    }
    form.clear();
    setSaved(outcome.result);
    // The batch changed figures shown here and on other pages, and joins the uploads history.
    await client.invalidateQueries();
    setTyped({});
    setReason('');
    setChecked(undefined);
    setAcknowledged(false);
    setKey(newKey());
  }

  return (
    <>
      {saved && (
        <SuccessBanner
          key={saved.batchId ?? 'none'}
          heading={
            saved.batchId === null
              ? `Nothing changed for ${mediumMonth(period)}`
              : `Figures for ${mediumMonth(period)} saved as batch ${saved.batchId}`
          }
        >
          <p className="govuk-body">
            {saved.created} new, {saved.updated} changed, {saved.unchanged} unchanged.
          </p>
          {saved.batchId !== null && (
            <p className="govuk-body">
              <Link className="govuk-link" to="/uploads#upload-history">
                See batch {saved.batchId} on the Uploads page
              </Link>
              , where it can be reverted.
            </p>
          )}
        </SuccessBanner>
      )}
      <ErrorSummary
        errors={form.errors}
        labels={{ ...labels, acknowledgeWarnings: 'Warnings', [REASON_FIELD]: 'Reason' }}
        description={form.message}
      />
      <form
        onSubmit={(e) => void check(e)}
        noValidate
        aria-label={`Figures for ${mediumMonth(period)}`}
      >
        <Radios
          name="status"
          legend="Status of the figures you enter or change"
          small
          inline
          value={status}
          onChange={(next) => {
            setStatus(next);
            changed();
          }}
          options={[
            { value: 'PROVISIONAL', label: 'Provisional' },
            { value: 'FINAL', label: 'Final' },
          ]}
        />
        {rows.some((row) => correctsFinal(row, typed)) && (
          <TextArea
            name={REASON_FIELD}
            label="Why are final figures corrected?"
            hint="A board has seen them. The reason is kept with each corrected figure's revisions."
            rows={2}
            value={reason}
            onChange={(next) => {
              setReason(next);
              changed();
            }}
            error={form.errors[REASON_FIELD]}
          />
        )}
        {areas.map((area, index) => (
          <AreaTable
            key={area.title}
            area={area}
            index={index}
            period={period}
            typed={typed}
            errors={form.errors}
            warnings={problems?.warnings ?? {}}
            onChange={(row: SheetRow, value) => {
              setTyped((t) => ({ ...t, [row.number]: value }));
              changed();
            }}
            onEnter={moveFrom}
          />
        ))}
        <div className="govuk-button-group">
          <SendButton secondary sending={sending} buttonRef={checkButton}>
            Check figures
          </SendButton>
        </div>
      </form>

      {checked && result && canSave && (
        <section aria-labelledby="month-entry-result">
          <h2 className="govuk-heading-m" id="month-entry-result" tabIndex={-1} ref={resultHeading}>
            The figures can be saved
          </h2>
          <p className="govuk-body">
            Checked: nothing has been saved yet. Saving {mediumMonth(period)} makes {result.created}{' '}
            new, {result.updated} changed and {result.unchanged} unchanged.
          </p>
          {result.warned > 0 && problems && (
            <>
              <p className="govuk-body">
                {result.warned === 1 ? '1 figure is' : `${result.warned} figures are`} far from the
                months before. Check {result.warned === 1 ? 'it' : 'them'} beside{' '}
                {result.warned === 1 ? 'its' : 'their'} input:
              </p>
              <ul className="govuk-list govuk-list--bullet">
                {Object.entries(problems.warnings).map(([field, text]) => (
                  <li key={field}>
                    <a
                      className="govuk-link"
                      href={`#${fieldId(field)}`}
                      onClick={(event) => {
                        event.preventDefault();
                        document.getElementById(fieldId(field))?.focus();
                      }}
                    >
                      {labels[field]}
                    </a>
                    : {text}
                  </li>
                ))}
              </ul>
              <AcknowledgeWarnings
                checked={acknowledged}
                error={form.errors.acknowledgeWarnings}
                onChange={(next) => {
                  setAcknowledged(next);
                  setKey(newKey());
                  form.clear();
                }}
              />
            </>
          )}
          <SendButton sending={sending} onClick={save}>
            Save figures
          </SendButton>
        </section>
      )}
    </>
  );
}
