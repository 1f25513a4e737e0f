import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatDateTime } from '@/lib/format';
import { Page } from '@/components/page';
import { QueryState } from '@/components/query-state';
import { scorecardCsvHref, useScorecard } from './api/get-scorecard';
import type { Schemas } from '@/lib/api-client';
import { ScorecardAreaCards } from './components/scorecard-area-cards';
import { ScorecardAreaTable } from './components/scorecard-area-table';
import { ScorecardControls } from './components/scorecard-controls';
import { useMonthsThatFit } from './hooks/use-months-that-fit';
import { hiddenMonthsNote, type MonthsFit } from './utils/fit-months';
import { scorecardWindowFrom } from './utils/scorecard-window';

/** The plan's "Indicators of success" table, generated from the figures. */
export default function ScorecardPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const { months, to } = scorecardWindowFrom(searchParams);
  const scorecard = useScorecard({ months, to });
  // Measured before the figures arrive, so that the tables are drawn once, with the months that fit.
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const fit = useMonthsThatFit(root, scorecard.data?.periods.length ?? months);
  // Printed, the scorecard says when it was read: when its figures arrived. (Worked out while
  // drawing, not set after, so that the tables are not drawn a second time for it.)
  const asAt = scorecard.dataUpdatedAt
    ? formatDateTime(new Date(scorecard.dataUpdatedAt).toISOString())
    : '';

  return (
    <Page title="Scorecard" caption="Indicators of success">
      <div className="app-scorecard-page" ref={setRoot}>
        {asAt && <p className="govuk-body app-as-at">As at {asAt}</p>}
        <p className="govuk-body">
          Each indicator&apos;s monthly figures, its direction of travel and its status against
          target.
        </p>
        <ScorecardControls
          // A new window from the address (back button) resets the choices shown.
          key={`${months}|${to}`}
          months={months}
          to={to}
          first={scorecard.data?.firstPeriod}
          onChange={(value) => {
            const next = new URLSearchParams({ months: String(value.months) });
            if (value.to) next.set('to', value.to);
            setSearchParams(next);
          }}
        />
        <p className="govuk-body">
          <a className="govuk-link" href={scorecardCsvHref({ months, to })} download>
            Download as CSV
          </a>{' '}
          <span className="app-muted">(for Excel, the same months)</span> ·{' '}
          <a className="govuk-link" href={scorecardCsvHref({ months, to }, 'xlsx')} download>
            Download as Excel workbook
          </a>
        </p>
        <div className="govuk-inset-text">
          <h2 className="govuk-heading-s govuk-!-margin-bottom-2">Key</h2>
          <ul className="govuk-list govuk-body-s govuk-!-margin-bottom-0">
            <li>(p): provisional figure, which may be corrected</li>
            <li>–: no figure for the month</li>
            <li>NEW: new indicator; R12M: figures over a rolling 12 months</li>
            <li>
              Direction: the latest figure against the average of up to 3 figures before it, by
              whether higher or lower is better
            </li>
          </ul>
        </div>
        <QueryState isPending={scorecard.isPending} error={scorecard.error}>
          {() => {
            const data = scorecard.data!;
            if (data.areas.length === 0) {
              return <p className="govuk-body">There are no indicators in the plan yet.</p>;
            }
            return (
              fit && <ScorecardAreas data={data} fit={fit} busy={scorecard.isPlaceholderData} />
            );
          }}
        </QueryState>
      </div>
    </Page>
  );
}

/**
 * The areas' tables, as many months as the screen has room for beside the verdict (target,
 * status, MTFP); on a screen too narrow for a table, a card per indicator.
 */
function ScorecardAreas({
  data,
  fit: { hidden, cards },
  busy,
}: {
  data: Schemas['Scorecard'];
  fit: MonthsFit;
  busy: boolean;
}) {
  const { periods, areas } = data;
  const note = cards ? null : hiddenMonthsNote(periods, hidden);
  return (
    <div aria-busy={busy}>
      {note && <p className="govuk-body-s app-muted">{note}</p>}
      {areas.map((area, index) =>
        cards ? (
          <ScorecardAreaCards
            key={`${area.area}|${area.areaNote}`}
            area={area}
            periods={periods}
            index={index}
          />
        ) : (
          <ScorecardAreaTable
            key={`${area.area}|${area.areaNote}`}
            area={area}
            periods={periods}
            hidden={hidden}
            index={index}
          />
        ),
      )}
    </div>
  );
}
