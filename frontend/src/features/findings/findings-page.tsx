import { Page } from '@/components/page';

export default function PendingPage() {
  return (
    <Page title="findings-page">
      <p className="govuk-body">This page is being built.</p>
    </Page>
  );
}
