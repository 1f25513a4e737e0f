import { Link } from 'react-router';
import { Page } from '@/components/page';

export default function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">
        <Link to="/" className="govuk-link">
          Go to the dashboard
        </Link>
      </p>
    </Page>
  );
}
