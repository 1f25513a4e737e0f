import type { Schemas } from '@/lib/api-client';
import { formatDateTime, type Unit } from '@/lib/format';
import { useValueRevisions } from '../api/get-value-revisions';
import { mediumMonth } from '@/lib/months';
import { figureInWords, VALUE_STATUS_NAMES } from '../utils/indicator-text';

/** The corrections of one month's figure, oldest first: old figure to new, who and when. */
export function RevisionsList({
  id,
  indicatorId,
  period,
  unit,
}: {
  id: string;
  indicatorId: number;
  period: string;
  unit: Unit;
}) {
  const revisions = useValueRevisions(indicatorId, period);
  if (revisions.error) {
    return (
      <p id={id} className="govuk-body-s" role="alert">
        The revisions could not be loaded. Try again later.
      </p>
    );
  }
  if (revisions.isPending) {
    return (
      <p id={id} className="govuk-body-s app-muted" role="status">
        Loading revisions…
      </p>
    );
  }
  return (
    <ol
      id={id}
      className="govuk-list govuk-body-s app-revisions"
      aria-label={`Revisions of the ${mediumMonth(period)} figure, oldest first`}
    >
      {revisions.data.map((r) => (
        <li key={r.id}>{revisionText(r, unit)}</li>
      ))}
    </ol>
  );
}

function revisionText(r: Schemas['RevisionResponse'], unit: Unit): string {
  const parts = [`${figureInWords(r.oldValue, unit)} → ${figureInWords(r.newValue, unit)}`];
  if (r.oldStatus !== r.newStatus) {
    parts.push(`${VALUE_STATUS_NAMES[r.oldStatus]} → ${VALUE_STATUS_NAMES[r.newStatus]}`);
  }
  const ratio = (n: number | null, d: number | null) =>
    n === null ? null : `${n.toLocaleString('en-GB')}/${(d ?? 0).toLocaleString('en-GB')}`;
  const oldRatio = ratio(r.oldNumerator, r.oldDenominator);
  const newRatio = ratio(r.newNumerator, r.newDenominator);
  if (oldRatio !== newRatio) parts.push(`${oldRatio ?? 'none'} → ${newRatio ?? 'none'}`);
  const why = r.reason ? `. Reason: ${r.reason}` : '';
  return `${parts.join(', ')}, by ${r.changedBy} on ${formatDateTime(r.changedAt)}${why}`;
}
