import { describe, expect, it } from 'vitest';
import { findingChoice, indicatorChoice } from './link-choices';

describe('findingChoice', () => {
  it('names a paragraph by its number and the start of its text, found by both', () => {
    const summary =
      'Thresholds for intervention are not consistently understood or applied by partner agencies, leading to too many contacts that do not need a social work response';
    expect(findingChoice({ id: 7, paragraph: 12, summary, actions: [] })).toEqual({
      value: '7',
      label:
        'Para 12 — Thresholds for intervention are not consistently understood or applied by partner…',
      key: '12',
      text: summary,
    });
  });

  it('names an area without a paragraph by its text', () => {
    expect(
      findingChoice({ id: 8, paragraph: null, summary: 'Management oversight', actions: [] }),
    ).toMatchObject({ value: '8', label: 'Management oversight', key: undefined });
  });

  it('names a paragraph without text by the actions citing it, found by their words', () => {
    const choice = findingChoice({
      id: 9,
      paragraph: 9,
      summary: ' ',
      actions: [
        { ref: '2.10', action: 'Triage domestic abuse referrals' },
        { ref: '3.9', action: 'Train staff on the DASV risk tool' },
        { ref: '3.9', action: 'Attend MARAC meetings' },
      ],
    });
    expect(choice.label).toBe('Para 9 — text not recorded; cited by actions 2.10, 3.9');
    expect(choice.text).toBe(
      'Triage domestic abuse referrals Train staff on the DASV risk tool Attend MARAC meetings',
    );
    expect(findingChoice({ id: 10, paragraph: 26, summary: '', actions: [] }).label).toBe(
      'Para 26 — text not recorded',
    );
  });
});

describe('indicatorChoice', () => {
  it('names an indicator by its number and name, found by its number', () => {
    expect(indicatorChoice({ id: 11, number: 4, name: 'Re-referrals' })).toEqual({
      value: '11',
      label: '4. Re-referrals',
      key: '4',
    });
  });
});
