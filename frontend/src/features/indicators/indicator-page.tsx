import { useParams } from 'react-router';
import { Page } from '@/components/page';
import { QueryState } from '@/components/query-state';
import { useMe } from '@/lib/me';
import { can } from '@/lib/permissions';
import { useBenchmarks } from './api/get-benchmarks';
import { useIndicator } from './api/get-indicator';
import { useIndicatorValues } from './api/get-indicator-values';
import { DerivationSection } from './components/derivation-section';
import { ClearDataStatus } from './components/clear-data-status';
import { BenchmarksTable, IndicatorChart } from './components/indicator-chart';
import { IndicatorSummary } from './components/indicator-summary';
import { LinkedActions } from './components/linked-actions';
import { NotAvailableSection } from './components/not-available-section';
import { RecordValueForm } from './components/record-value-form';
import { ValuesTable } from './components/values-table';

/** One indicator: what it measures, its figures as a chart and a table, and entering figures. */
export default function IndicatorPage() {
  const id = Number(useParams().id);
  const me = useMe();
  const indicator = useIndicator(id);
  const values = useIndicatorValues(id);
  const benchmarks = useBenchmarks(id);
  const data = indicator.data;

  return (
    <Page
      title={data ? `${data.number}. ${data.name}` : 'Indicator'}
      caption={
        data
          ? [data.area, data.areaNote && `(${data.areaNote})`].filter(Boolean).join(' ')
          : undefined
      }
      back={{ to: '/scorecard', label: 'Back to the scorecard' }}
    >
      <QueryState isPending={indicator.isPending} error={indicator.error}>
        {() => (
          <>
            <IndicatorSummary
              indicator={data!}
              noteAction={can(me.data, 'indicators:write') && <ClearDataStatus indicator={data!} />}
            />
            <h2 className="govuk-heading-m">Figures</h2>
            <QueryState isPending={values.isPending} error={values.error}>
              {() => (
                <>
                  <IndicatorChart
                    indicator={data!}
                    values={values.data!}
                    benchmarks={benchmarks.data ?? []}
                  />
                  <ValuesTable indicatorId={id} values={values.data!} unit={data!.unit} />
                  <BenchmarksTable benchmarks={benchmarks.data ?? []} unit={data!.unit} />
                  {!data!.derivation && (
                    <NotAvailableSection
                      indicatorId={id}
                      values={values.data!}
                      canWrite={can(me.data, 'indicators:write')}
                    />
                  )}
                </>
              )}
            </QueryState>
            {data!.derivation && <DerivationSection indicatorId={id} unit={data!.unit} />}
            <h2 className="govuk-heading-m">Linked actions</h2>
            <LinkedActions actions={data!.actions} />
            {!data!.derivation && can(me.data, 'indicators:write') && values.data && (
              <RecordValueForm key={data!.id} indicator={data!} values={values.data} />
            )}
          </>
        )}
      </QueryState>
    </Page>
  );
}
