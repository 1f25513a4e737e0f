import type { ReactNode } from 'react';
import { fieldId } from './error-summary';

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

/** A choice's element id: the first is fieldId(name), then "-2", "-3"… as GOV.UK Frontend does. */
function choiceId(name: string, index: number): string {
  return index === 0 ? fieldId(name) : `${fieldId(name)}-${index + 1}`;
}

function Fieldset({
  name,
  legend,
  hint,
  error,
  children,
}: Omit<Common<string>, 'options' | 'small'> & { children: ReactNode }) {
  const id = fieldId(name);
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        {error && (
          <p id={`${id}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        {children}
      </fieldset>
    </div>
  );
}

/** GOV.UK checkboxes: several of a few choices. */
export function Checkboxes<V extends string>({
  values,
  onChange,
  options,
  small,
  ...common
}: Common<V> & { values: V[]; onChange: (values: V[]) => void }) {
  return (
    <Fieldset {...common}>
      <div className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`}>
        {options.map((option, index) => {
          const id = choiceId(common.name, index);
          const checked = values.includes(option.value);
          return (
            <div key={option.value} className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id={id}
                name={common.name}
                type="checkbox"
                value={option.value}
                checked={checked}
                aria-describedby={option.hint ? `${id}-item-hint` : undefined}
                onChange={() =>
                  onChange(
                    checked
                      ? values.filter((v) => v !== option.value)
                      : options
                          .map((o) => o.value)
                          .filter((v) => v === option.value || values.includes(v)),
                  )
                }
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                {option.label}
              </label>
              {option.hint && (
                <div id={`${id}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
                  {option.hint}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}

/** GOV.UK radios: one of a few choices. */
export function Radios<V extends string>({
  value,
  onChange,
  options,
  small,
  inline,
  ...common
}: Common<V> & { value: V | ''; onChange: (value: V) => void; inline?: boolean }) {
  return (
    <Fieldset {...common}>
      <div
        className={`govuk-radios${small ? ' govuk-radios--small' : ''}${inline ? ' govuk-radios--inline' : ''}`}
      >
        {options.map((option, index) => {
          const id = choiceId(common.name, index);
          return (
            <div key={option.value} className="govuk-radios__item">
              <input
                className="govuk-radios__input"
                id={id}
                name={common.name}
                type="radio"
                value={option.value}
                checked={value === option.value}
                aria-describedby={option.hint ? `${id}-item-hint` : undefined}
                onChange={() => onChange(option.value)}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={id}>
                {option.label}
              </label>
              {option.hint && (
                <div id={`${id}-item-hint`} className="govuk-hint govuk-radios__hint">
                  {option.hint}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
