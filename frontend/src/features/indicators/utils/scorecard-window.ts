import type { ScorecardParams } from '../api/get-scorecard';

/** The numbers of months the scorecard offers. */
export const MONTH_CHOICES = [3, 6, 12];

const DEFAULT_MONTHS = 6;

/**
 * The window of months the address asks for (`?months=12&to=2023-03`): one of the choices, by
 * default 6, up to a month or (empty) the latest with figures.
 */
export function scorecardWindowFrom(search: URLSearchParams): Required<ScorecardParams> {
  const asked = Number(search.get('months'));
  const months = MONTH_CHOICES.includes(asked) ? asked : DEFAULT_MONTHS;
  const to = search.get('to') ?? '';
  return { months, to: /^\d{4}-\d{2}$/.test(to) ? to : '' };
}
