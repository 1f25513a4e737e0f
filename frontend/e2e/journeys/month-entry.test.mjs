// The performance team enters a month's figures on one sheet: the check refuses a figure with a
// letter in it, naming the mistake beside its input; the corrected figure is saved as one batch,
// shows on the indicator's page, and the batch, found on the Uploads page, is reverted. Indicator
// 22 (single assessments in 45 working days, year to date; figures to Mar 2023) is changed by no
// other journey, and the revert leaves it as it was.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertAccessible,
  focusedElement,
  indicatorIdByNumber,
  launch,
  openAs,
  waitUntilLoaded,
} from '../support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const NAME = 'Percentage of single assessments completed within 45 working days (year to date)';

test('the performance team corrects a refused figure, saves the month and reverts it', async () => {
  const page = await openAs(browser, 'performance');
  await page.getByRole('link', { name: 'Monthly figures', exact: true }).click();
  await waitUntilLoaded(page, 'Monthly figures');
  await page.getByLabel('Month', { exact: true }).fill('2023-04');
  await page.getByRole('button', { name: 'Show month' }).click();
  await page.getByRole('heading', { name: 'Figures for Apr 2023' }).waitFor();

  // The figures of the months before are beside the input; a derived indicator has none to type.
  const area = page.getByRole('table', { name: 'Robust and effective social work practice' });
  const row = area.getByRole('row').filter({ has: page.getByRole('rowheader', { name: NAME }) });
  const cells = (await row.locator('td').allInnerTexts()).map((t) => t.trim());
  assert.deepEqual(cells.slice(0, 5), ['22', 'Percentage', '67.7%', '67.6%', '67.4%']);
  const audits = page
    .getByRole('table', { name: 'Quality Assurance and Audit (auditing)' })
    .getByRole('row')
    .filter({ hasText: 'Overall number of audits completed' });
  await audits.getByText('From case audits').waitFor();
  assert.equal(await audits.getByRole('textbox').count(), 0);

  // A letter typed in the figure: the check refuses it, beside the input and in the summary.
  const figure = page.getByLabel(`Figure for 22. ${NAME}, 2023-04`);
  await figure.fill('6x.9');
  // Enter moves down the column, to the next indicator's figure.
  await figure.press('Enter');
  const next = await focusedElement(page);
  assert.match(next.id, /^field-figure-\d+$/);
  assert.notEqual(next.id, 'field-figure-22');
  await page.getByRole('button', { name: 'Check figures' }).click();
  const summary = page.locator('.govuk-error-summary');
  const link = summary.getByRole('link', { name: new RegExp(`^22\\. .*must be a number`) });
  await link.waitFor();
  assert.match(
    await page.locator('#field-figure-22-error').innerText(),
    /The figure must be a number/,
  );
  await assertAccessible(page, 'the monthly figures with a refused figure');
  assert.equal(await page.getByRole('button', { name: 'Save figures' }).count(), 0);
  await link.click();
  assert.equal((await focusedElement(page)).id, 'field-figure-22');

  // Corrected, the figure is checked again, then saved as one batch.
  await figure.fill('67.9');
  await page.getByRole('button', { name: 'Check figures' }).click();
  await page.getByRole('heading', { name: 'The figures can be saved' }).waitFor();
  await page.getByText(/makes 1 new, 0 changed and 0 unchanged/).waitFor();
  await page.getByRole('button', { name: 'Save figures' }).click();
  const banner = page.getByRole('heading', { name: /^Figures for Apr 2023 saved as batch \d+$/ });
  await banner.waitFor();
  const batch = /batch (\d+)$/.exec(await banner.innerText())[1];
  // The sheet shows the saved figure as the month's figure.
  await page.waitForFunction(
    (name) => document.querySelector(`input[name="figure-22"]`)?.value === name,
    '67.9',
  );

  // The indicator's page shows it.
  await page.getByRole('link', { name: `See batch ${batch} on the Uploads page` }).click();
  await waitUntilLoaded(page, 'Uploads');
  const history = page.getByRole('table', { name: 'Uploads applied' });
  const applied = history
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: batch }) });
  await applied.waitFor();

  const indicator = await openAs(browser, 'performance');
  await indicator.goto(`/indicators/${await indicatorIdByNumber(indicator, 22)}`);
  await waitUntilLoaded(indicator, `22. ${NAME}`);
  const april = indicator
    .getByRole('region', { name: 'Monthly figures table' })
    .getByRole('row')
    .filter({ has: indicator.getByRole('rowheader', { name: 'Apr 2023', exact: true }) });
  await april.waitFor();
  assert.equal((await april.locator('td').first().innerText()).trim(), '67.9%');
  await indicator.context().close();

  // The batch is reverted from the Uploads page: indicator 22 is as it was.
  await applied.getByRole('button', { name: `Revert batch ${batch}` }).click();
  await page.getByRole('heading', { name: `Batch ${batch} reverted` }).waitFor();
  await page.context().close();
});
