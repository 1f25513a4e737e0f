import { useRef, useState } from 'react';
import { AcknowledgeWarnings, WARNINGS_NOT_ACKNOWLEDGED } from '@/components/acknowledge-warnings';
import { ErrorSummary } from '@/components/error-summary';
import { FieldMessages, fieldIds, formGroupClass } from '@/components/field-messages';
import { Select } from '@/components/form-fields';
import { SendButton } from '@/components/send-button';
import { useFormErrors } from '@/hooks/use-form-errors';
import { newIdempotencyKey } from '@/lib/idempotency-key';
import { uploadFile, type BulkResult, type UploadOutcome } from '../api/upload-file';
import { KINDS, mediaTypeOf, templateUrl, type Kind } from '../utils/kinds';
import { ResultCounts } from './result-counts';
import { RowProblemsTable } from './row-problems-table';
import { UploadProgress } from './upload-progress';

const newUploadKey = () => newIdempotencyKey('upload');

const LABELS = {
  kind: 'What the file holds',
  file: 'File',
  acknowledgeWarnings: 'Warnings',
};

/**
 * Choose a kind and a file, check it (a dry run that writes nothing), then apply it. Applying
 * sends an Idempotency-Key made for this file and these options, so that a second click or a
 * retry after a lost answer never applies the file twice; another file or option gets a new key.
 */
export function UploadForm({ onApplied }: { onApplied: (result: BulkResult) => void }) {
  const [kind, setKind] = useState<Kind>('indicator-values');
  const [file, setFile] = useState<File>();
  // A new key empties the file input, which cannot be emptied otherwise.
  const [fileInput, setFileInput] = useState(0);
  const [acknowledged, setAcknowledged] = useState(false);
  const [key, setKey] = useState(newUploadKey);
  const [checked, setChecked] = useState<UploadOutcome>();
  const [progress, setProgress] = useState<number | null>();
  const form = useFormErrors();
  // Set at once, unlike state: a second click before the page re-renders sends nothing.
  const inFlight = useRef(false);

  /** Anything that changes the request makes a new one: checked again, with a new key. */
  function changed() {
    setChecked(undefined);
    setKey(newUploadKey());
    form.clear();
  }

  async function send(dryRun: boolean): Promise<UploadOutcome | undefined> {
    if (inFlight.current) return undefined;
    if (!file) {
      form.check({ file: 'Choose a CSV or Excel (.xlsx) file' });
      return undefined;
    }
    if (!mediaTypeOf(file)) {
      form.check({ file: 'The file must be a CSV file (.csv) or an Excel workbook (.xlsx)' });
      return undefined;
    }
    form.clear();
    inFlight.current = true;
    setProgress(null);
    try {
      return await uploadFile({
        kind,
        file,
        dryRun,
        acknowledgeWarnings: acknowledged,
        idempotencyKey: dryRun ? undefined : key,
        onProgress: setProgress,
      });
    } catch (error) {
      form.showError(error);
      return undefined;
    } finally {
      inFlight.current = false;
      setProgress(undefined);
    }
  }

  async function check() {
    setChecked(undefined);
    const outcome = await send(true);
    if (outcome) setChecked(outcome);
  }

  async function apply() {
    if (checked && checked.result.warned > 0 && !acknowledged) {
      form.check({ acknowledgeWarnings: WARNINGS_NOT_ACKNOWLEDGED });
      return;
    }
    const outcome = await send(false);
    if (!outcome) return;
    if (outcome.refused) {
      // The records changed since the check: show what the API found now.
      setChecked(outcome);
      return;
    }
    setFile(undefined);
    setFileInput((n) => n + 1);
    setAcknowledged(false);
    setChecked(undefined);
    setKey(newUploadKey());
    onApplied(outcome.result);
  }

  const fileIds = fieldIds('file', {
    hint: true,
    error: form.errors.file,
  });
  const sending = progress !== undefined;
  const result = checked?.result;

  return (
    <>
      <ErrorSummary errors={form.errors} labels={LABELS} description={form.message} />
      <Select
        name="kind"
        label={LABELS.kind}
        value={kind}
        options={[...KINDS]}
        onChange={(next) => {
          setKind(next);
          changed();
        }}
      />
      <p className="govuk-body">
        <a className="govuk-link" href={templateUrl(kind)} download>
          Download the template for {KINDS.find((k) => k.value === kind)?.label.toLowerCase()} (CSV)
        </a>
      </p>
      <div className={formGroupClass(form.errors.file)}>
        <label className="govuk-label govuk-label--s" htmlFor={fileIds.id}>
          {LABELS.file}
        </label>
        <FieldMessages
          id={fileIds.id}
          hint="A CSV file or an Excel workbook (.xlsx, its first sheet), with the template's columns"
          error={form.errors.file}
        />
        <input
          key={fileInput}
          id={fileIds.id}
          name="file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className={`govuk-file-upload${form.errors.file ? ' govuk-file-upload--error' : ''}`}
          aria-describedby={fileIds.describedBy}
          onChange={(e) => {
            setFile(e.target.files?.[0]);
            changed();
          }}
        />
      </div>
      <div className="govuk-button-group">
        <SendButton secondary sending={sending} onClick={check}>
          Check the file
        </SendButton>
      </div>
      {sending && <UploadProgress fraction={progress} />}

      {result && checked.refused && result.rejected > 0 && (
        <>
          <h2 className="govuk-heading-m">The file has rows to correct</h2>
          <p className="govuk-body">
            {result.rejected === 1 ? '1 row was' : `${result.rejected} rows were`} refused. Nothing
            can be applied until they are corrected: correct the file, choose it again and check it.
          </p>
          <RowProblemsTable caption="Refused rows" rows={result.errors} />
        </>
      )}
      {result && !(checked.refused && result.rejected > 0) && (
        <>
          <h2 className="govuk-heading-m">The file can be applied</h2>
          <p className="govuk-body">Checked: nothing has been written yet.</p>
          <ResultCounts result={result} />
          {result.warned > 0 && (
            <>
              <RowProblemsTable caption="Figures to check" rows={result.warnings} />
              <AcknowledgeWarnings
                checked={acknowledged}
                error={form.errors.acknowledgeWarnings}
                onChange={(next) => {
                  setAcknowledged(next);
                  setKey(newUploadKey());
                  form.clear();
                }}
              />
            </>
          )}
          <SendButton sending={sending} onClick={apply}>
            Apply
          </SendButton>
        </>
      )}
    </>
  );
}
