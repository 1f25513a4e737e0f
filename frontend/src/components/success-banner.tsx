import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * The GOV.UK success notification banner, shown after something was done. It takes focus when
 * it appears, so that screen reader and keyboard users learn the outcome.
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
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby={id}
      tabIndex={-1}
      ref={ref}
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
