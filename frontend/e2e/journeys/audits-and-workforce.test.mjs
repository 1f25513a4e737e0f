// Derived indicators move with their records. The performance team records a case audit and sees
// indicator 55 (audits completed in the month) count it; then records a worker's month end for a
// month without snapshots (April 2023) and sees indicators 59 and 60 computed from it. No other
// journey records audits or snapshots.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { indicatorIdByNumber, launch, openAs, waitUntilLoaded } from '../support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The cells of a month's row in a derived indicator's figures table. */
async function derivedRow(page, month) {
  const table = page.getByRole('table', {
    name: 'Figures with their numerators, denominators and records',
  });
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: month, exact: true }) });
  await row.waitFor();
  return (await row.locator('th, td').allInnerTexts()).map((t) => t.trim());
}

async function openIndicator(page, number) {
  await page.goto(`/indicators/${await indicatorIdByNumber(page, number)}`);
  await waitUntilLoaded(page, new RegExp(`^${number}\\. `));
  await page.getByRole('heading', { name: 'How the figures are computed' }).waitFor();
}

test('recording an audit moves indicator 55 for the month it was completed', async () => {
  const page = await openAs(browser, 'performance');
  await openIndicator(page, 55);
  const before = Number((await derivedRow(page, 'Jun 2023'))[1]);
  // A derived indicator offers no form to type a figure.
  assert.equal(await page.getByRole('heading', { name: 'Enter or correct a figure' }).count(), 0);

  await page.goto('/audits');
  await waitUntilLoaded(page, 'Case audits');
  await page.getByLabel('Audit date').fill('2023-06-01');
  await page.getByLabel('Team', { exact: true }).last().selectOption({ label: 'MASH' });
  await page.getByLabel('Auditor').fill('Sam Okafor (QA Lead)');
  await page.getByLabel('Type', { exact: true }).last().selectOption({ label: 'Case file audit' });
  // A name is not a case reference: the refusal appears beside the field.
  await page.getByLabel('Case reference').fill('Jane Smith');
  await page.getByLabel('Grade after moderation').selectOption({ label: 'Inadequate' });
  await page.getByLabel('Due date').fill('2023-06-10');
  await page.getByLabel('Completed on').fill('2023-06-15');
  await page.getByRole('button', { name: 'Record audit' }).click();
  await page.locator('#field-caseReference-error').waitFor();

  // A moderated grade needs a grade first.
  await page.getByLabel('Case reference').fill('CF-990001');
  await page.getByRole('button', { name: 'Record audit' }).click();
  await page.locator('#field-moderatedGrade-error').waitFor();

  await page.getByLabel('Grade', { exact: true }).last().selectOption({ label: 'Inadequate' });
  await page.getByRole('button', { name: 'Record audit' }).click();
  await page.getByRole('alert').getByText('Audit of CF-990001 recorded').waitFor();

  await openIndicator(page, 55);
  assert.equal(Number((await derivedRow(page, 'Jun 2023'))[1]), before + 1);
});

test("recording a worker's month end computes indicators 59 and 60 for that month", async () => {
  const page = await openAs(browser, 'performance');
  await page.goto('/workforce?month=2023-04');
  await waitUntilLoaded(page, 'Workforce and caseloads');
  await page.getByText('No snapshots for Apr 2023.').waitFor();
  const form = page.locator('form').last();
  await form.getByLabel('Team').selectOption({ label: 'Initial Response Team' });
  await form.getByLabel('Staff reference').fill('SW9001');
  await form.getByLabel('Children allocated').fill('25');
  await form.getByLabel('Case supervisions due').fill('4');
  await form.getByLabel('Case supervisions held in time').fill('3');
  await page.getByRole('button', { name: 'Record snapshot' }).click();
  await page.getByRole('alert').getByText('Snapshot of SW9001 for 2023-04 recorded').waitFor();
  const summary = page.getByRole('table', { name: /^Caseloads and supervision at the end of/ });
  await summary.getByRole('rowheader', { name: 'Initial Response Team' }).waitFor();

  await openIndicator(page, 59);
  assert.deepEqual((await derivedRow(page, 'Apr 2023')).slice(1, 4), ['100.0%', '1', '1']);
  await openIndicator(page, 60);
  assert.deepEqual((await derivedRow(page, 'Apr 2023')).slice(1, 4), ['75.0%', '3', '4']);
});
