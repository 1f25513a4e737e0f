import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { FieldMessages, fieldIds, formGroupClass } from './field-messages';
import { shorten } from './short-text';

/** How long a chosen item's tag may be: short enough for two or three to share a line. */
const TAG_LENGTH = 40;

/** One item that can be picked. */
export type PickerChoice = {
  value: string;
  /** What the list and the chosen tag say. */
  label: string;
  /** Its number or reference ("12" for paragraph 12): typed, it comes first. */
  key?: string;
  /** More words to find it by, not shown (the full text that the label cuts short, say). */
  text?: string;
};

/**
 * The choices that match `query`, best first: those whose key is the query, then those whose key
 * starts with it, then those whose words contain every word of the query, each in their order.
 */
export function matchChoices(choices: PickerChoice[], query: string): PickerChoice[] {
  const q = normalise(query);
  if (!q) return choices;
  const words = q.split(' ');
  const rank = (c: PickerChoice): number => {
    const key = normalise(c.key ?? '');
    if (key && key === q) return 0;
    if (key && key.startsWith(q)) return 1;
    const haystack = normalise(`${c.key ?? ''} ${c.label} ${c.text ?? ''}`);
    return words.every((w) => haystack.includes(w)) ? 2 : -1;
  };
  return choices
    .map((choice, index) => ({ choice, index, rank: rank(choice) }))
    .filter((m) => m.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((m) => m.choice);
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Several of many items, picked by searching: a text box filters the items by number or words, a
 * list of matches to choose from, and the items chosen as tags, each with a button to remove it.
 * The list follows the ARIA combobox pattern: Down and Up move through the matches, Enter picks
 * (or unpicks) one, Escape closes the list. The values are kept in the order of `choices`.
 */
export function MultiPicker({
  name,
  legend,
  hint,
  error,
  searchLabel,
  choices,
  values,
  onChange,
  noun,
}: {
  /** The API field name: the search box's id is fieldId(name), so error links reach it. */
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  /** The search box's label, such as "Find a finding by paragraph or words". */
  searchLabel: string;
  choices: PickerChoice[];
  values: string[];
  onChange: (values: string[]) => void;
  /** What one item is called, plural, for messages: "findings". */
  noun: string;
}) {
  const { id, describedBy } = fieldIds(name, { hint, error });
  const listId = `${id}-list`;
  const optionId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const tags = useRef<HTMLUListElement>(null);

  const matches = matchChoices(choices, query);
  const chosen = new Set(values);
  const byValue = new Map(choices.map((c) => [c.value, c]));
  const labelOf = (value: string) => byValue.get(value)?.label ?? value;
  // The tags in the order of the choices (by number, say), whatever order they were chosen in.
  const shown = [
    ...choices.map((c) => c.value).filter((v) => chosen.has(v)),
    ...values.filter((v) => !byValue.has(v)),
  ];

  function toggle(choice: PickerChoice) {
    if (chosen.has(choice.value)) {
      onChange(values.filter((v) => v !== choice.value));
      setAnnouncement(`Removed ${choice.label}`);
    } else {
      const next = new Set([...values, choice.value]);
      // In the order of the choices; any value not among them (yet) stays, at the end.
      onChange([
        ...choices.map((c) => c.value).filter((v) => next.has(v)),
        ...values.filter((v) => !byValue.has(v)),
      ]);
      setAnnouncement(`Added ${choice.label}`);
    }
  }

  function search(text: string) {
    setQuery(text);
    setOpen(true);
    setActive(-1);
    const count = matchChoices(choices, text).length;
    setAnnouncement(
      count === 0 ? `No ${noun} match` : `${count} ${count === 1 ? 'match' : 'matches'}`,
    );
  }

  function remove(value: string, index: number) {
    onChange(values.filter((v) => v !== value));
    setAnnouncement(`Removed ${labelOf(value)}`);
    // Keep the keyboard's place: the next tag's button, else the previous one, else the search.
    const buttons = tags.current?.querySelectorAll('button');
    const next = buttons?.[index + 1] ?? buttons?.[index - 1];
    (next ?? input.current)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((a) => Math.min(a + 1, matches.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive((a) => Math.max(a - 1, 0));
        break;
      case 'Home':
      case 'End':
        if (open && matches.length > 0 && active >= 0) {
          event.preventDefault();
          setActive(event.key === 'Home' ? 0 : matches.length - 1);
        }
        break;
      case 'Enter':
        // Enter picks the highlighted match; it never submits the form from here.
        event.preventDefault();
        if (open && active >= 0 && matches[active]) toggle(matches[active]);
        else if (open && matches.length === 1) toggle(matches[0]);
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query) {
          event.preventDefault();
          setQuery('');
        }
        break;
    }
  }

  const expanded = open && matches.length > 0;
  const activeId = expanded && active >= 0 ? `${optionId}-${active}` : undefined;

  // The highlighted match stays in sight as the keys move through a long list.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  return (
    <div className={formGroupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        {values.length === 0 ? (
          <p className="govuk-body-s app-muted govuk-!-margin-bottom-2">None chosen</p>
        ) : (
          <ul className="app-picker__chosen" ref={tags} aria-label={`${legend}: chosen`}>
            {shown.map((value, index) => (
              <li key={value} className="app-picker__tag">
                <span className="app-picker__tag-text" title={labelOf(value)}>
                  {shorten(labelOf(value), TAG_LENGTH)}
                </span>
                <button
                  type="button"
                  className="app-picker__remove"
                  aria-label={`Remove ${labelOf(value)}`}
                  onClick={() => remove(value, index)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <label className="govuk-label" htmlFor={id}>
          {searchLabel}
        </label>
        <div className="app-picker__search">
          <input
            id={id}
            type="text"
            className={`govuk-input${error ? ' govuk-input--error' : ''}`}
            ref={input}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={activeId}
            aria-describedby={describedBy}
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(e) => search(e.target.value)}
            onKeyDown={onKeyDown}
            onClick={() => setOpen(true)}
            onBlur={() => {
              setOpen(false);
              setActive(-1);
            }}
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={legend}
            aria-multiselectable="true"
            className="app-picker__list"
            hidden={!expanded}
          >
            {matches.map((choice, index) => {
              const selected = chosen.has(choice.value);
              return (
                <li
                  key={choice.value}
                  id={`${optionId}-${index}`}
                  role="option"
                  aria-selected={selected}
                  className={`app-picker__option${index === active ? ' app-picker__option--active' : ''}`}
                  // Keeps the focus in the search box, so that the list stays open.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => {
                    setActive(index);
                    toggle(choice);
                  }}
                >
                  <span className="app-picker__check" aria-hidden="true">
                    {selected ? '✓' : ''}
                  </span>
                  {choice.label}
                </li>
              );
            })}
          </ul>
          {open && query && matches.length === 0 && (
            <p className="govuk-body-s app-picker__none">
              No {noun} match “{query}”
            </p>
          )}
        </div>
        <div className="govuk-visually-hidden" role="status">
          {announcement}
        </div>
      </fieldset>
    </div>
  );
}
