import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './api-schema';

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

/** The one API client. It talks only to the public API, on the same origin. */
export const api = createClient<paths>({
  baseUrl: globalThis.location.origin,
  credentials: 'same-origin',
  // Looked up on each call, so that test tools that replace fetch are seen.
  fetch: (request) => globalThis.fetch(request),
});

function cookie(name: string): string | undefined {
  return document.cookie
    .split('; ')
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);
}

/**
 * Double-submit CSRF: writes made with the session cookie repeat the token from its cookie, in
 * this header. Requests made without the client (an upload that reports its progress) add it too.
 */
export function csrfHeader(): Record<string, string> {
  const token = cookie('tracker_csrf');
  return token ? { 'X-CSRF-Token': token } : {};
}

const csrf: Middleware = {
  onRequest({ request }) {
    if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
      for (const [name, value] of Object.entries(csrfHeader())) request.headers.set(name, value);
    }
    return request;
  },
};
api.use(csrf);

/** An error answer of the API, with its RFC 9457 problem and errors by field. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `Request failed (${status})`);
    this.status = status;
    this.problem = problem;
  }

  /** Field name → message, for showing errors beside the fields they concern. */
  get fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.problem.errors ?? []).map((e) => [e.field, e.message]));
  }
}

/** Turns an openapi-fetch result into its data, or throws an ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) {
    return result.data as T;
  }
  const problem = (result.error ?? {}) as Problem;
  throw new ApiError(result.response.status, {
    ...problem,
    status: result.response.status,
    title: problem.title ?? result.response.statusText,
  });
}

/** The ETag of a response, to send back as If-Match. */
export function etagOf(response: Response): string {
  return response.headers.get('ETag') ?? '';
}
