import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { matchChoices, MultiPicker, type PickerChoice } from './multi-picker';

const INDICATORS: PickerChoice[] = [
  { value: 'a', label: '1. Early Help referrals', key: '1' },
  { value: 'b', label: '4. Re-referrals within 12 months', key: '4' },
  { value: 'c', label: '14. Children in care rate', key: '14' },
  { value: 'd', label: '40. Care leavers in education', key: '40' },
  { value: 'e', label: '41. Strategy discussions in 24 hours', key: '41', text: 'MASH front door' },
];

describe('matchChoices', () => {
  const labels = (query: string) => matchChoices(INDICATORS, query).map((c) => c.label);

  it('offers every choice, in order, for an empty query', () => {
    expect(labels('  ')).toHaveLength(5);
  });

  it('puts the choice numbered as typed first, then those whose number starts so, then words', () => {
    expect(labels('4')).toEqual([
      '4. Re-referrals within 12 months',
      '40. Care leavers in education',
      '41. Strategy discussions in 24 hours',
      '14. Children in care rate',
    ]);
  });

  it('finds every word typed, in any order and case, in the label or the hidden text', () => {
    expect(labels('CARE rate')).toEqual(['14. Children in care rate']);
    expect(labels('door mash')).toEqual(['41. Strategy discussions in 24 hours']);
    expect(labels('care  leavers')).toEqual(['40. Care leavers in education']);
  });

  it('offers nothing when nothing matches', () => {
    expect(labels('adoption')).toEqual([]);
  });
});

function Harness({ initial = [] as string[] }) {
  const [values, setValues] = useState(initial);
  return (
    <>
      <MultiPicker
        legend="Indicators"
        searchLabel="Search the indicators"
        hint="Those that show its impact"
        choices={INDICATORS}
        name="indicatorIds"
        noun="indicators"
        onChange={setValues}
        values={values}
      />
      <div data-testid="values">{values.join(',')}</div>
    </>
  );
}

/** A picker whose values do not change. */
function renderFixed(props: { choices: PickerChoice[]; values: string[]; error?: string }) {
  render(
    <MultiPicker
      name="indicatorIds"
      legend="Indicators"
      searchLabel="Find an indicator"
      noun="indicators"
      onChange={() => {}}
      {...props}
    />,
  );
}

const search = () => screen.getByRole('combobox', { name: 'Search the indicators' });
const values = () => screen.getByTestId('values').textContent;

describe('MultiPicker', () => {
  it('shows the chosen items as tags in a named group, the search box described by the hint', () => {
    render(<Harness initial={['c']} />);
    const group = screen.getByRole('group', { name: 'Indicators' });
    expect(within(group).getByRole('list', { name: 'Indicators: chosen' })).toHaveTextContent(
      '14. Children in care rate',
    );
    expect(search()).toHaveAttribute('id', 'field-indicatorIds');
    expect(search()).toHaveAccessibleDescription('Those that show its impact');
    expect(search()).toHaveAttribute('aria-expanded', 'false');
  });

  it('cuts a long label short on its tag, keeping it whole on the remove button', () => {
    const long =
      'Percentage of single assessments completed in 45 working days (June 2022 to date)';
    renderFixed({ choices: [{ value: 'x', label: long }], values: ['x'] });
    const tag = screen.getByTitle(long);
    expect(tag).toHaveTextContent(/^Percentage of single assessments…$/);
    expect(screen.getByRole('button', { name: `Remove ${long}` })).toBeInTheDocument();
  });

  it('shows the tags in the order of the choices', () => {
    render(<Harness initial={['e', 'a', 'c']} />);
    const tags = within(screen.getByRole('list', { name: 'Indicators: chosen' }));
    expect(tags.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '1. Early Help referrals×',
      '14. Children in care rate×',
      '41. Strategy discussions in 24 hours×',
    ]);
  });

  it('says when none is chosen', () => {
    render(<Harness />);
    expect(screen.getByText('None chosen')).toBeInTheDocument();
  });

  it('filters as the user types and picks with the arrow keys and Enter, keeping the order', async () => {
    render(<Harness initial={['d']} />);
    await userEvent.type(search(), '4');
    expect(search()).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('listbox', { name: 'Indicators' });
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      '4. Re-referrals within 12 months',
      '✓40. Care leavers in education',
      '41. Strategy discussions in 24 hours',
      '14. Children in care rate',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('4 matches');

    await userEvent.keyboard('{ArrowDown}');
    const first = within(list).getAllByRole('option')[0];
    expect(search()).toHaveAttribute('aria-activedescendant', first.id);
    await userEvent.keyboard('{Enter}');
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(values()).toBe('b,d');
    expect(screen.getByRole('status')).toHaveTextContent('Added 4. Re-referrals within 12 months');
    // The focus stays in the search box, the list open, for more.
    expect(search()).toHaveFocus();

    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(values()).toBe('b,d,e');
    // Enter on a chosen item takes it out again.
    await userEvent.keyboard('{ArrowUp}{Enter}');
    expect(values()).toBe('b,e');
    expect(screen.getByRole('status')).toHaveTextContent('Removed 40. Care leavers in education');
  });

  it('closes the list with Escape and clears the search with a second Escape', async () => {
    render(<Harness />);
    await userEvent.type(search(), 'care{Escape}');
    expect(search()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(search()).toHaveValue('care');
    await userEvent.keyboard('{Escape}');
    expect(search()).toHaveValue('');
  });

  it('picks the only match with Enter, and says when nothing matches', async () => {
    render(<Harness />);
    await userEvent.type(search(), 'care rate{Enter}');
    expect(values()).toBe('c');
    await userEvent.clear(search());
    await userEvent.type(search(), 'adoption');
    expect(screen.getByText('No indicators match “adoption”')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('No indicators match');
  });

  it('picks with the mouse', async () => {
    render(<Harness />);
    await userEvent.click(search());
    await userEvent.click(screen.getByRole('option', { name: '1. Early Help referrals' }));
    expect(values()).toBe('a');
    expect(search()).toHaveFocus();
  });

  it('removes a tag with its button, moving the focus to the next tag or the search box', async () => {
    render(<Harness initial={['a', 'b']} />);
    await userEvent.click(screen.getByRole('button', { name: 'Remove 1. Early Help referrals' }));
    expect(values()).toBe('b');
    const next = screen.getByRole('button', { name: 'Remove 4. Re-referrals within 12 months' });
    expect(next).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(values()).toBe('');
    expect(search()).toHaveFocus();
  });

  it('shows its error message and marks the search box', () => {
    renderFixed({ choices: INDICATORS, values: [], error: 'unknown indicator 99' });
    expect(screen.getByRole('combobox')).toHaveAccessibleDescription('Error: unknown indicator 99');
    expect(screen.getByRole('combobox')).toHaveClass('govuk-input--error');
  });
});
