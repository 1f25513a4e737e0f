/**
 * How much of the file has been sent. Before the browser knows (or when it never says), the bar
 * is indeterminate.
 */
export function UploadProgress({ fraction }: { fraction: number | null }) {
  const percent = fraction === null ? undefined : Math.round(fraction * 100);
  return (
    <div className="govuk-form-group" role="status">
      <label className="govuk-label" htmlFor="upload-progress">
        {percent === undefined || percent >= 100
          ? 'Sending the file and checking it…'
          : `Sending the file: ${percent}%`}
      </label>
      <progress id="upload-progress" className="app-upload-progress" max={100} value={percent} />
    </div>
  );
}
