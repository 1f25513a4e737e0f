import type { PickerChoice } from '@/components/multi-picker';
import { shorten } from '@/components/short-text';

/** How long a finding's text may be in the list and on its tag before it is cut short. */
const FINDING_WORDS = 90;

/**
 * A finding as the picker offers it: "Para 12 — Thresholds at the front door…", found by its
 * paragraph number or any word of its text. A named area (no paragraph) is its text. A paragraph
 * whose text is not recorded yet is named by the actions that cite it, and found by their words.
 */
export function findingChoice(finding: {
  id: number;
  paragraph: number | null;
  summary: string;
  actions: { ref: string; action: string }[];
}): PickerChoice {
  const summary = finding.summary.trim();
  const refs = [...new Set(finding.actions.map((a) => a.ref))];
  const text = summary
    ? shorten(summary, FINDING_WORDS)
    : refs.length > 0
      ? `text not recorded; cited by ${refs.length === 1 ? 'action' : 'actions'} ${refs.join(', ')}`
      : 'text not recorded';
  return {
    value: String(finding.id),
    label: finding.paragraph === null ? text : `Para ${finding.paragraph} — ${text}`,
    key: finding.paragraph === null ? undefined : String(finding.paragraph),
    text: summary || finding.actions.map((a) => a.action).join(' '),
  };
}

/** An indicator as the picker offers it: "4. Re-referrals within 12 months", found by number. */
export function indicatorChoice(indicator: {
  id: number;
  number: number;
  name: string;
}): PickerChoice {
  return {
    value: String(indicator.id),
    label: `${indicator.number}. ${indicator.name}`,
    key: String(indicator.number),
  };
}
