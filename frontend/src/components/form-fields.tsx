import type { ReactNode } from 'react';
import { FieldMessages, fieldIds, formGroupClass } from './field-messages';

type Common = {
  /** The API field name: it gives the element its id, so error links reach it. */
  name: string;
  label: string;
  hint?: string;
  error?: string;
};

function Group({
  name,
  label,
  hint,
  error,
  children,
}: Common & { children: (ids: { id: string; describedBy?: string }) => ReactNode }) {
  const { id, describedBy } = fieldIds(name, { hint, error });
  return (
    <div className={formGroupClass(error)}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children({ id, describedBy })}
    </div>
  );
}

export function TextField({
  value,
  onChange,
  type = 'text',
  width,
  autoComplete,
  ...common
}: Common & {
  value: string;
  onChange: (value: string) => void;
  type?: string;
  width?: 'govuk-input--width-5' | 'govuk-input--width-10' | 'govuk-input--width-20';
  autoComplete?: string;
}) {
  return (
    <Group {...common}>
      {({ id, describedBy }) => (
        <input
          id={id}
          name={common.name}
          type={type}
          className={`govuk-input${width ? ` ${width}` : ''}${common.error ? ' govuk-input--error' : ''}`}
          value={value}
          aria-describedby={describedBy}
          autoComplete={autoComplete}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Group>
  );
}

export function TextArea({
  value,
  onChange,
  rows = 4,
  ...common
}: Common & { value: string; onChange: (value: string) => void; rows?: number }) {
  return (
    <Group {...common}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          name={common.name}
          rows={rows}
          className={`govuk-textarea${common.error ? ' govuk-textarea--error' : ''}`}
          value={value}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Group>
  );
}

/** A select of `options`; its value is one of theirs, such as a value of an API enum. */
export function Select<V extends string>({
  value,
  onChange,
  options,
  ...common
}: Common & {
  value: V;
  onChange: (value: V) => void;
  options: { value: V; label: string }[];
}) {
  return (
    <Group {...common}>
      {({ id, describedBy }) => (
        <select
          id={id}
          name={common.name}
          className={`govuk-select${common.error ? ' govuk-select--error' : ''}`}
          value={value}
          aria-describedby={describedBy}
          // The browser picks one of the options given, so the value is one of theirs.
          onChange={(e) => onChange(e.target.value as V)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Group>
  );
}
