import { useState, type FormEvent } from 'react';
import { Checkboxes, Radios } from '@/components/choice-fields';
import { ErrorSummary, type FieldErrors } from '@/components/error-summary';
import { TextArea, TextField } from '@/components/form-fields';
import { SuccessBanner } from '@/components/success-banner';
import { useFormErrors } from '@/hooks/use-form-errors';
import { ApiError, type Schemas } from '@/lib/api-client';
import { keysOf } from '@/lib/enums';
import type { Unit } from '@/lib/format';
import { useRecordValue } from '../api/record-value';
import { addMonths, currentMonth, mediumMonth } from '@/lib/months';
import { figureInWords, VALUE_STATUS_NAMES } from '../utils/indicator-text';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const VALUE_STATUS_HINTS: Record<Schemas['ValueStatus'], string | undefined> = {
  PROVISIONAL: 'It may be corrected later',
  FINAL: undefined,
};

const VALUE_HINTS: Record<Unit, string> = {
  PERCENT:
    'A percentage between 0 and 100, like 41.3. You can leave it empty if you give the numerator and denominator.',
  RATE_PER_10K:
    'A rate per 10,000, like 189.2. You can leave it empty if you give the numerator and denominator.',
  COUNT: 'A whole number, like 1147',
};

/** The month after `after` (or last month, when there is none yet), but never a future month. */
export function defaultMonth(after: string | undefined, now: Date = new Date()): string {
  const thisMonth = currentMonth(now);
  const next = after ? addMonths(after, 1) : addMonths(thisMonth, -1);
  return next > thisMonth ? thisMonth : next;
}

type Success = { period: string; created: boolean; count: number };

/** The API's sense check queried the figure: what it said, for the editor to confirm or correct. */
function queriedFigure(error: unknown): string | undefined {
  if (error instanceof ApiError && error.problem.type === '/problems/unconfirmed-warning') {
    return error.problem.errors?.[0]?.message ?? error.message;
  }
  return undefined;
}

/** Enter a month's figure, or correct one (the previous figure is kept as a revision). */
export function RecordValueForm({
  indicator,
  values,
}: {
  indicator: Schemas['IndicatorResponse'];
  values: Schemas['ValueResponse'][];
}) {
  const unit = indicator.unit;
  const latest = indicator.latest?.period;
  const record = useRecordValue(indicator.id);
  const [period, setPeriod] = useState(() => defaultMonth(latest));
  const [value, setValue] = useState('');
  const [numerator, setNumerator] = useState('');
  const [denominator, setDenominator] = useState('');
  const [status, setStatus] = useState<Schemas['ValueStatus'] | ''>('');
  const [reason, setReason] = useState('');
  const { errors, message, check, showError } = useFormErrors();
  const [success, setSuccess] = useState<Success>();
  // Set when the sense check queried the figure; cleared as soon as the figure is edited.
  const [query, setQuery] = useState<string>();
  const [confirmed, setConfirmed] = useState(false);

  /** A changed figure is a new question: the earlier query no longer applies. */
  function edit(set: (text: string) => void) {
    return (text: string) => {
      set(text);
      setQuery(undefined);
      setConfirmed(false);
    };
  }

  const existing = values.find((v) => v.period === period);
  // A final figure has been reported: correcting it needs a reason, shown with the revision.
  const correctsFinal = existing?.status === 'FINAL';

  function validate(): FieldErrors {
    const found: FieldErrors = {};
    if (!MONTH.test(period)) {
      found.period = 'Enter the month, for example 2023-03';
    } else if (period > currentMonth()) {
      found.period = 'The month must not be in the future';
    }
    const numbers: [string, string][] = [
      ['value', value],
      ['numerator', numerator],
      ['denominator', denominator],
    ];
    for (const [field, text] of numbers) {
      if (text.trim() && !Number.isFinite(toNumber(text))) {
        found[field] = 'Enter a number, like 41.3';
      }
    }
    if (!value.trim() && !(numerator.trim() && denominator.trim()) && !found.value) {
      found.value =
        unit === 'COUNT'
          ? 'Enter the figure'
          : 'Enter the figure, or the numerator and the denominator';
    }
    if (!status) found.status = 'Select whether the figure is provisional or final';
    if (correctsFinal && !reason.trim()) found.reason = 'Enter why the final figure is corrected';
    if (query && !confirmed) {
      found.acknowledgeWarnings = 'Confirm that the figure is right, or correct it';
    }
    return found;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSuccess(undefined);
    if (!check(validate()) || !status) return;
    const body: Schemas['ValueRequest'] = { status };
    if (value.trim()) body.value = toNumber(value);
    if (numerator.trim()) body.numerator = toNumber(numerator);
    if (denominator.trim()) body.denominator = toNumber(denominator);
    if (correctsFinal && reason.trim()) body.reason = reason.trim();
    record.mutate(
      {
        period,
        body,
        version: existing?.version,
        acknowledgeWarnings: query !== undefined && confirmed,
      },
      {
        onSuccess: (result) => {
          setSuccess({ period, created: result.created, count: (success?.count ?? 0) + 1 });
          setPeriod(defaultMonth(latest && latest > period ? latest : period));
          setValue('');
          setNumerator('');
          setDenominator('');
          setStatus('');
          setReason('');
          setQuery(undefined);
          setConfirmed(false);
        },
        onError: (error) => {
          const queried = queriedFigure(error);
          if (queried) {
            check({});
            setQuery(queried);
          } else {
            showError(error);
          }
        },
      },
    );
  }

  return (
    <>
      {success && (
        // A new key for each success, so that the banner takes focus again.
        <SuccessBanner
          key={success.count}
          heading={
            success.created
              ? `Figure for ${mediumMonth(success.period)} entered`
              : `Figure for ${mediumMonth(success.period)} corrected (the previous figure is kept as a revision)`
          }
        />
      )}
      <h2 className="govuk-heading-m">Enter or correct a figure</h2>
      <ErrorSummary errors={errors} description={message} />
      <form onSubmit={submit} noValidate>
        <TextField
          name="period"
          label="Month"
          hint="For example, 2023-03"
          type="month"
          width="govuk-input--width-10"
          value={period}
          onChange={edit(setPeriod)}
          error={errors.period}
        />
        {existing && (
          <div className="govuk-inset-text">
            There is already a figure for {mediumMonth(period)}:{' '}
            {figureInWords(existing.value, unit)}
            {` (${VALUE_STATUS_NAMES[existing.status].toLowerCase()})`}. Saving will correct it; the
            previous figure is kept as a revision.
          </div>
        )}
        <TextField
          name="value"
          label="Figure"
          hint={VALUE_HINTS[unit]}
          width="govuk-input--width-10"
          value={value}
          onChange={edit(setValue)}
          error={errors.value}
        />
        {unit !== 'COUNT' && (
          <>
            <TextField
              name="numerator"
              label="Numerator (optional)"
              width="govuk-input--width-10"
              value={numerator}
              onChange={edit(setNumerator)}
              error={errors.numerator}
            />
            <TextField
              name="denominator"
              label="Denominator (optional)"
              width="govuk-input--width-10"
              value={denominator}
              onChange={edit(setDenominator)}
              error={errors.denominator}
            />
          </>
        )}
        <Radios
          name="status"
          legend="Status of the figure"
          value={status}
          onChange={setStatus}
          error={errors.status}
          options={keysOf(VALUE_STATUS_NAMES).map((s) => ({
            value: s,
            label: VALUE_STATUS_NAMES[s],
            hint: VALUE_STATUS_HINTS[s],
          }))}
        />
        {correctsFinal && (
          <TextArea
            name="reason"
            label="Why is the final figure corrected?"
            hint="The figure has been reported; the reason is kept with the revision."
            rows={2}
            value={reason}
            onChange={setReason}
            error={errors.reason}
          />
        )}
        {query && (
          <div role="alert">
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                Please check the figure: {query}.
              </strong>
            </div>
            <Checkboxes
              name="acknowledgeWarnings"
              legend="Is the figure right?"
              values={confirmed ? ['yes'] : []}
              error={errors.acknowledgeWarnings}
              onChange={(chosen) => setConfirmed(chosen.includes('yes'))}
              options={[
                {
                  value: 'yes',
                  label: 'I have checked it: the figure is right',
                  hint: 'Or correct the figure above',
                },
              ]}
            />
          </div>
        )}
        <button type="submit" className="govuk-button" disabled={record.isPending}>
          Save figure
        </button>
      </form>
    </>
  );
}

/** "1,147" or " 41.3 " as a number; NaN when it is not one. */
function toNumber(text: string): number {
  const clean = text.trim().replace(/,/g, '');
  return /^-?(\d+\.?\d*|\.\d+)$/.test(clean) ? Number(clean) : NaN;
}
