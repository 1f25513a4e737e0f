/** GOV.UK pagination for a paged listing. */
export function Pagination({
  page,
  totalPages,
  onPage,
}: {
  page: number;
  totalPages: number;
  onPage: (page: number) => void;
}) {
  if (totalPages <= 1) return null;
  return (
    <nav className="govuk-pagination" aria-label="Pages">
      {page > 1 && (
        <div className="govuk-pagination__prev">
          <button
            type="button"
            className="govuk-link govuk-pagination__link app-link-button"
            onClick={() => onPage(page - 1)}
          >
            <span className="govuk-pagination__link-title">Previous page</span>
          </button>
        </div>
      )}
      <p className="govuk-body govuk-!-margin-bottom-0">
        Page {page} of {totalPages}
      </p>
      {page < totalPages && (
        <div className="govuk-pagination__next">
          <button
            type="button"
            className="govuk-link govuk-pagination__link app-link-button"
            onClick={() => onPage(page + 1)}
          >
            <span className="govuk-pagination__link-title">Next page</span>
          </button>
        </div>
      )}
    </nav>
  );
}
