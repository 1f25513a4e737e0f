import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { Page } from '@/components/page';
import { QueryState } from '@/components/query-state';
import type { Schemas } from '@/lib/api-client';
import { useMe } from '@/lib/me';
import { mediumMonth } from '@/lib/months';
import { can } from '@/lib/permissions';
import { useDerivations } from './api/get-derivations';
import { usePlans } from './api/get-plans';
import { useScorecard } from './api/get-scorecard';
import { isEnterableMonth, MonthChooser } from './components/month-chooser';
import { MonthSheet } from './components/month-sheet';
import { defaultMonth, MONTHS_BEFORE, sheetOf } from './utils/sheet';

/**
 * A month's figures for every indicator the team types, on one page, checked and saved as one
 * bulk call: the performance team's monthly update without a file.
 */
export default function MonthEntryPage() {
  const me = useMe();
  return (
    <Page title="Monthly figures" caption="Every indicator for one month">
      <QueryState isPending={me.isPending} error={me.error}>
        {() =>
          can(me.data, 'bulk') ? (
            <Plans />
          ) : (
            <p className="govuk-body">
              Only the performance team and administrators can enter a month&apos;s figures here.
            </p>
          )
        }
      </QueryState>
    </Page>
  );
}

function Plans() {
  const plans = usePlans();
  return (
    <>
      <p className="govuk-body">
        Type each indicator&apos;s figure for the month, with the three months before beside it.
        Enter moves down to the next figure. &quot;Check figures&quot; checks every figure you
        entered or changed without saving anything; &quot;Save figures&quot; then saves them all as
        one batch, which the Uploads page lists and can revert.
      </p>
      <p className="govuk-body">
        Figures computed from case audits and workforce records are shown for reference: change
        those records instead.
      </p>
      <QueryState isPending={plans.isPending} error={plans.error}>
        {() =>
          plans.data!.length === 0 ? (
            <p className="govuk-body">There is no plan yet.</p>
          ) : (
            <MonthEntry plans={plans.data!} />
          )
        }
      </QueryState>
    </>
  );
}

function MonthEntry({ plans }: { plans: Schemas['PlanResponse'][] }) {
  const [params, setParams] = useSearchParams();
  const plan = plans.find((p) => String(p.id) === params.get('plan')) ?? plans[0];
  const asked = params.get('month') ?? '';
  const chosen = isEnterableMonth(asked) ? asked : undefined;
  // Without a month in the address, the month after the plan's latest with figures is offered.
  const latest = useScorecard(plan.id, 1, undefined, { enabled: chosen === undefined });
  const month = chosen ?? (latest.data ? defaultMonth(latest.data.periods.at(-1)) : undefined);
  // The month offered is kept in the address, so that saving its figures (which moves the latest
  // month with figures on) leaves the page on the same month.
  useEffect(() => {
    if (chosen || !month) return;
    const query = new URLSearchParams(params);
    query.set('month', month);
    setParams(query, { replace: true });
  }, [chosen, month, params, setParams]);

  return (
    <QueryState isPending={month === undefined} error={latest.error}>
      {() => (
        <>
          <MonthChooser
            key={`chooser-${plan.id}-${month}`}
            plans={plans}
            plan={plan.id}
            month={month!}
            onChoose={(next) => {
              const query = new URLSearchParams({ month: next.month });
              if (plans.length > 1) query.set('plan', String(next.plan));
              setParams(query);
            }}
          />
          <Sheet key={`sheet-${plan.id}-${month}`} plan={plan.id} period={month!} />
        </>
      )}
    </QueryState>
  );
}

function Sheet({ plan, period }: { plan: number; period: string }) {
  const scorecard = useScorecard(plan, MONTHS_BEFORE + 1, period);
  const derivations = useDerivations(plan);
  return (
    <QueryState
      isPending={scorecard.isPending || derivations.isPending}
      error={scorecard.error ?? derivations.error}
    >
      {() => {
        const data = scorecard.data!;
        if (data.areas.length === 0) {
          return <p className="govuk-body">There are no indicators in the plan yet.</p>;
        }
        return (
          <>
            <h2 className="govuk-heading-l">Figures for {mediumMonth(period)}</h2>
            <MonthSheet plan={plan} period={period} areas={sheetOf(data, derivations.data!)} />
          </>
        );
      }}
    </QueryState>
  );
}
