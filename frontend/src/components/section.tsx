import type { ReactNode } from 'react';

/** A part of a page named by its heading (whose id is `headingId`), such as a table's. */
export function Section({
  headingId,
  title,
  children,
}: {
  headingId: string;
  title: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={headingId}>
        {title}
      </h2>
      {children}
    </section>
  );
}
