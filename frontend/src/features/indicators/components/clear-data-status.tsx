import type { Schemas } from '@/lib/api-client';
import { useClearDataStatus } from '../api/clear-data-status';

/** Clears the data-status note once the indicator's figures are reported. */
export function ClearDataStatus({ indicator }: { indicator: Schemas['IndicatorResponse'] }) {
  const clear = useClearDataStatus(indicator.id);
  return (
    <>
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
        disabled={clear.isPending}
        onClick={() => clear.mutate(indicator.version)}
      >
        Clear the note<span className="govuk-visually-hidden"> “{indicator.dataStatus}”</span>
      </button>
      {clear.error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {clear.error.message}
        </p>
      )}
    </>
  );
}
