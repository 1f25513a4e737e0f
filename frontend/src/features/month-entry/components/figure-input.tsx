import type { KeyboardEvent } from 'react';
import { fieldId } from '@/components/error-summary';
import { FieldMessages, formGroupClass } from '@/components/field-messages';
import { UNIT_NAMES } from '@/lib/indicator-text';
import { figureField, type SheetRow } from '../utils/sheet';

/** What an input shows after the figure, as GOV.UK's suffix: the unit, when it is not a count. */
const SUFFIXES: Record<SheetRow['unit'], string | undefined> = {
  PERCENT: '%',
  RATE_PER_10K: 'per 10,000',
  COUNT: undefined,
};

/**
 * The month's figure of one indicator: a text input for decimals (GOV.UK asks for text inputs
 * with a numeric keyboard, not type=number, which takes letters silently), its error from the
 * check, and its warning. Enter moves to the next figure (Shift+Enter to the one before).
 */
export function FigureInput({
  row,
  period,
  value,
  error,
  warning,
  onChange,
  onEnter,
}: {
  row: SheetRow;
  period: string;
  value: string;
  error?: string;
  warning?: string;
  onChange: (value: string) => void;
  onEnter: (input: HTMLInputElement, backwards: boolean) => void;
}) {
  const field = figureField(row);
  const id = fieldId(field);
  const suffix = SUFFIXES[row.unit];
  const describedBy = [`${id}-unit`, error && `${id}-error`, warning && `${id}-warning`]
    .filter(Boolean)
    .join(' ');

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    onEnter(event.currentTarget, event.shiftKey);
  }

  return (
    <div className={`${formGroupClass(error)} app-month-entry__field`}>
      <label className="govuk-visually-hidden" htmlFor={id}>
        Figure for {row.number}. {row.name}, {period}
      </label>
      <span id={`${id}-unit`} className="govuk-visually-hidden">
        {UNIT_NAMES[row.unit]}
      </span>
      <FieldMessages id={id} error={error} />
      {warning && (
        <p id={`${id}-warning`} className="govuk-body-s app-month-entry__warning">
          <strong>Check this figure:</strong> {warning}
        </p>
      )}
      <div className="govuk-input__wrapper">
        <input
          id={id}
          name={field}
          type="text"
          inputMode="decimal"
          spellCheck={false}
          autoComplete="off"
          className={`govuk-input app-month-entry__input${error ? ' govuk-input--error' : ''}`}
          value={value}
          aria-describedby={describedBy}
          data-figure=""
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={keyDown}
        />
        {suffix && (
          <div className="govuk-input__suffix" aria-hidden="true">
            {suffix}
          </div>
        )}
      </div>
    </div>
  );
}
