import { NotificationBanner } from 'govuk-frontend';
import { useId, type ReactNode } from 'react';
import { useGovukComponent } from '@/lib/govuk-frontend';

/**
 * The GOV.UK success notification banner, shown after something was done. GOV.UK Frontend's
 * script gives it focus when it appears (it is an alert), so that screen reader and keyboard
 * users learn the outcome.
 */
export function SuccessBanner({
  heading,
  title = 'Success',
  children,
}: {
  heading: ReactNode;
  title?: string;
  children?: ReactNode;
}) {
  const id = useId();
  const start = useGovukComponent(NotificationBanner);
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby={id}
      data-module="govuk-notification-banner"
      tabIndex={-1}
      ref={start}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={id}>
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <h3 className="govuk-notification-banner__heading">{heading}</h3>
        {children}
      </div>
    </div>
  );
}
