import type { ReactNode } from 'react';
import { fieldId } from './error-summary';
import { FieldMessages, fieldIds, formGroupClass } from './field-messages';

/** One choice; its value may be typed, such as a value of an API enum. */
export type Choice<V extends string = string> = { value: V; label: ReactNode; hint?: ReactNode };

type Common<V extends string> = {
  /** The API field name: the first choice's id is fieldId(name), so error links reach it. */
  name: string;
  legend: string;
  hint?: ReactNode;
  error?: string;
  options: Choice<V>[];
  small?: boolean;
};

type Kind = 'checkboxes' | 'radios';

/** A choice's element id: the first is fieldId(name), then "-2", "-3"… as GOV.UK Frontend does. */
function choiceId(name: string, index: number): string {
  return index === 0 ? fieldId(name) : `${fieldId(name)}-${index + 1}`;
}

/**
 * One checkbox or radio with its label and hint, as GOV.UK marks them up; the hint describes the
 * input. `onChange` is told whether the input is now checked.
 */
export function ChoiceItem({
  kind,
  id,
  name,
  value,
  label,
  hint,
  checked,
  onChange,
}: {
  kind: Kind;
  id: string;
  name: string;
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const hintId = `${id}-item-hint`;
  return (
    <div className={`govuk-${kind}__item`}>
      <input
        className={`govuk-${kind}__input`}
        id={id}
        name={name}
        type={kind === 'checkboxes' ? 'checkbox' : 'radio'}
        value={value}
        checked={checked}
        aria-describedby={hint ? hintId : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label className={`govuk-label govuk-${kind}__label`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={hintId} className={`govuk-hint govuk-${kind}__hint`}>
          {hint}
        </div>
      )}
    </div>
  );
}

/** The fieldset of a group of choices: legend, hint, error message, then the choices. */
function ChoiceFieldset<V extends string>({
  kind,
  name,
  legend,
  hint,
  error,
  options,
  small,
  inline,
  isChecked,
  onToggle,
}: Common<V> & {
  kind: Kind;
  inline?: boolean;
  isChecked: (value: V) => boolean;
  onToggle: (value: V, checked: boolean) => void;
}) {
  const { id, describedBy } = fieldIds(name, { hint, error });
  const modifiers = `${small ? ` govuk-${kind}--small` : ''}${inline ? ` govuk-${kind}--inline` : ''}`;
  return (
    <div className={formGroupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className={`govuk-${kind}${modifiers}`}>
          {options.map((option, index) => (
            <ChoiceItem
              key={option.value}
              kind={kind}
              id={choiceId(name, index)}
              name={name}
              value={option.value}
              label={option.label}
              hint={option.hint}
              checked={isChecked(option.value)}
              onChange={(checked) => onToggle(option.value, checked)}
            />
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** GOV.UK checkboxes: several of a few choices, kept in the order they are offered. */
export function Checkboxes<V extends string>({
  values,
  onChange,
  ...common
}: Common<V> & { values: V[]; onChange: (values: V[]) => void }) {
  return (
    <ChoiceFieldset
      kind="checkboxes"
      {...common}
      isChecked={(value) => values.includes(value)}
      onToggle={(value, checked) =>
        onChange(
          checked
            ? common.options.map((o) => o.value).filter((v) => v === value || values.includes(v))
            : values.filter((v) => v !== value),
        )
      }
    />
  );
}

/** GOV.UK radios: one of a few choices. */
export function Radios<V extends string>({
  value,
  onChange,
  ...common
}: Common<V> & { value: V | ''; onChange: (value: V) => void; inline?: boolean }) {
  return (
    <ChoiceFieldset
      kind="radios"
      {...common}
      isChecked={(option) => option === value}
      onToggle={(option) => onChange(option)}
    />
  );
}
