import { ApiError, csrfHeader, type Problem, type Schemas } from '@/lib/api-client';
import { mediaTypeOf, type Kind } from '../utils/kinds';

export type BulkResult = Schemas['BulkResult'];
export type BulkRefusal = Schemas['BulkRefusal'];

/** What the API made of a file: its counts, or the refusal naming the rows at fault. */
export type UploadOutcome =
  { refused: false; result: BulkResult } | { refused: true; result: BulkRefusal };

export type UploadRequest = {
  kind: Kind;
  file: File;
  dryRun: boolean;
  acknowledgeWarnings: boolean;
  /** Sent when applying, so that a repeat of the same request applies nothing twice. */
  idempotencyKey?: string;
  /** Told the fraction of the file sent so far (0 to 1). */
  onProgress?: (fraction: number) => void;
};

/**
 * Sends a file to the bulk API. It uses XMLHttpRequest rather than the API client because only
 * XMLHttpRequest reports how much of a request body has been sent, for the progress bar; it adds
 * the same CSRF header as the client. A 422 with rows refused is an outcome, not an error.
 */
export function uploadFile(request: UploadRequest): Promise<UploadOutcome> {
  const query = new URLSearchParams();
  if (request.dryRun) query.set('dryRun', 'true');
  if (request.acknowledgeWarnings) query.set('acknowledgeWarnings', 'true');
  const search = query.toString();
  const url = `/api/v1/bulk/${request.kind}${search ? `?${search}` : ''}`;

  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', mediaTypeOf(request.file) ?? 'text/csv');
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    // A header carries Latin-1 only: other characters of the name are replaced.
    const name = request.file.name.replace(/[^\x20-\x7e]|"/g, '_');
    xhr.setRequestHeader('Content-Disposition', `attachment; filename="${name}"`);
    if (request.idempotencyKey) xhr.setRequestHeader('Idempotency-Key', request.idempotencyKey);
    for (const [header, value] of Object.entries(csrfHeader())) xhr.setRequestHeader(header, value);

    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) {
        request.onProgress?.(event.loaded / event.total);
      }
    });
    xhr.addEventListener('error', () =>
      reject(new Error('The file could not be sent. Check your connection and try again.')),
    );
    xhr.addEventListener('load', () => {
      const answer = parse(xhr.responseText);
      if (xhr.status === 200) {
        resolve({ refused: false, result: answer as BulkResult });
      } else if (
        xhr.status === 422 &&
        answer &&
        typeof answer === 'object' &&
        'rejected' in answer
      ) {
        resolve({ refused: true, result: answer as BulkRefusal });
      } else {
        const problem = (answer ?? {}) as Problem;
        reject(
          new ApiError(xhr.status, {
            ...problem,
            status: xhr.status,
            title: problem.title ?? xhr.statusText,
          }),
        );
      }
    });
    xhr.send(request.file);
  });
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
