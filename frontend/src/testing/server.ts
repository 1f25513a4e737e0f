import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { users } from './fixtures';

/** The API mocked at the network layer; tests add the handlers they need with server.use(). */
export const server = setupServer(
  http.get('/api/v1/me', () => HttpResponse.json(users.editor)),
  http.get('/api/v1/session/options', () =>
    HttpResponse.json({ password: true, singleSignOn: false }),
  ),
);

export function signedInAs(user: keyof typeof users) {
  server.use(http.get('/api/v1/me', () => HttpResponse.json(users[user])));
}

export function problem(
  status: number,
  detail: string,
  errors?: { field: string; message: string }[],
) {
  return HttpResponse.json(
    { type: 'about:blank', title: 'Error', status, detail, errors },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}
