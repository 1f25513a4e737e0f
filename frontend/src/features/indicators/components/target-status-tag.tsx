import { distanceText } from '@/lib/indicator-text';
import type { Schemas } from '@/lib/api-client';
import type { Unit } from '@/lib/format';

type TargetStatus = Schemas['TargetStatus'];

const STATUSES: Record<TargetStatus, { text: string; colour: string }> = {
  ON_TARGET: { text: 'On target', colour: 'govuk-tag--green' },
  NEAR: { text: 'Near', colour: 'govuk-tag--yellow' },
  OFF_TARGET: { text: 'Off target', colour: 'govuk-tag--red' },
  NO_TARGET: { text: 'No target', colour: 'govuk-tag--grey' },
  NO_DATA: { text: 'No data', colour: 'govuk-tag--grey' },
};

/** Status against target as a GOV.UK tag, with the distance from the target in words. */
export function TargetStatusTag({
  status,
  distance,
  unit,
}: {
  status: TargetStatus;
  distance: number | null;
  unit: Unit;
}) {
  const s = STATUSES[status];
  const words =
    status === 'NO_TARGET' || status === 'NO_DATA' ? null : distanceText(distance, unit);
  return (
    <>
      <strong className={`govuk-tag ${s.colour}`}>{s.text}</strong>
      {words && <span className="govuk-body-s app-target-distance">{words}</span>}
    </>
  );
}
