// From "next meeting" to a published board pack: an editor opens a board's next meeting, reads
// the draft highlight report the records make, adds commentary and a risk, publishes, and
// downloads the PDF. An action changed afterwards leaves the published version as it was. The
// journey makes its own board, meetings and action through the API.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertAccessible, csrfHeaders, launch, openAs, waitUntilLoaded } from '../support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

function day(offset) {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

async function post(page, path, data) {
  const response = await page.request.post(path, { headers: await csrfHeaders(page), data });
  assert.equal(response.status(), 201, await response.text());
  return response.json();
}

test('an editor publishes a board pack, and a later change leaves it as published', async () => {
  const page = await openAs(browser, 'editor');
  const plans = await (await page.request.get('/api/v1/plans')).json();
  const priorities = await (await page.request.get('/api/v1/priorities')).json();
  const priority = priorities.find((p) => p.number === 2);
  const board = await post(page, '/api/v1/boards', {
    planId: plans[0].id,
    name: 'Journey Front Door Board',
    chair: 'Service Director',
    cadence: 'FORTNIGHTLY',
    priorityIds: [priority.id],
  });
  await post(page, '/api/v1/meetings', { boardId: board.id, date: day(-14), status: 'HELD' });
  await post(page, '/api/v1/meetings', { boardId: board.id, date: day(3), status: 'PLANNED' });
  const action = await post(page, '/api/v1/actions', {
    priorityId: priority.id,
    ref: '2.95',
    action: 'Publish the consent guidance to partners',
    leads: ['HOS Front Door'],
    dueDate: day(2),
  });

  // From the boards list to the board's next meeting.
  await page.goto('/boards');
  await waitUntilLoaded(page, 'Boards');
  const row = page.getByRole('row').filter({ hasText: 'Journey Front Door Board' });
  await row.getByRole('link').last().click();
  await page.getByRole('heading', { level: 2, name: 'Draft highlight report' }).waitFor();
  const draft = page.getByRole('region', { name: 'Draft highlight report' });
  await draft.getByText('Publish the consent guidance to partners').first().waitFor();
  await draft.getByTestId('report-as-at').waitFor();

  // The judgement the records cannot give.
  const commentary = page.getByRole('region', { name: 'Commentary' });
  await commentary.getByLabel('Overall summary').fill('The front door is on track.');
  await commentary.getByLabel('Progress').fill('Consent guidance drafted with partners.');
  await commentary.getByRole('button', { name: 'Save commentary' }).click();
  await commentary.getByText('The commentary was saved').waitFor();
  const risk = page.getByRole('region', { name: 'Add a risk' });
  await risk.getByLabel('Risk', { exact: true }).fill('Partners do not adopt the guidance');
  await risk.getByLabel('Owner').fill('HOS Front Door');
  await risk.getByRole('button', { name: 'Add risk' }).click();
  await risk.getByText('The risk was added to the report').waitFor();
  await draft.getByText('Partners do not adopt the guidance').waitFor();
  await assertAccessible(page, 'the meeting page with its draft report');

  await page.getByRole('button', { name: 'Publish the report' }).click();
  await page.getByText('Version 1 was published').waitFor();
  const pdfLink = page.getByRole('link', { name: 'Download the PDF of version 1' });
  const pdf = await page.request.get(await pdfLink.getAttribute('href'));
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
  const [download] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
  assert.match(download.suggestedFilename(), /\.pdf$/);

  // The plan changes after publishing…
  const patched = await page.request.patch(`/api/v1/actions/${action.id}`, {
    headers: {
      ...(await csrfHeaders(page)),
      'If-Match': '*',
      'Content-Type': 'application/merge-patch+json',
    },
    data: { action: 'Consent guidance withdrawn for rework' },
  });
  assert.equal(patched.status(), 200, await patched.text());

  // …the published version still says what it said.
  await page.getByRole('link', { name: 'Version 1', exact: true }).click();
  await waitUntilLoaded(page, /Journey Front Door Board/);
  const main = page.getByRole('main');
  await main.getByText('Publish the consent guidance to partners').first().waitFor();
  assert.equal(await main.getByText('Consent guidance withdrawn for rework').count(), 0);
  await main.getByText('The front door is on track.').waitFor();

  // My work is one click from the header.
  await page.getByRole('link', { name: 'My work' }).click();
  await waitUntilLoaded(page, 'My work');
  await page.getByRole('heading', { name: 'Actions overdue or due within 14 days' }).waitFor();
});
