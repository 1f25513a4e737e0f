// The performance team uploads a month's figures from a CSV file: the check refuses a bad row,
// naming its line, column and reason; the corrected file is applied as one batch, which the
// history lists and which is then reverted. Indicators 9 and 14 are changed by no other journey,
// and the revert leaves them as they were.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertAccessible, launch, openAs, waitUntilLoaded } from '../support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

function csv(lines) {
  return { name: 'april.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n') + '\n') };
}

test('the performance team corrects a refused row, applies the file and reverts it', async () => {
  const page = await openAs(browser, 'performance');
  await page.getByRole('link', { name: 'Uploads', exact: true }).click();
  await waitUntilLoaded(page, 'Uploads');
  assert.equal(
    await page.getByLabel('What the file holds').inputValue(),
    'indicator-values',
    'indicator figures are offered first',
  );
  assert.equal(
    await page.getByRole('link', { name: /Download the template/ }).getAttribute('href'),
    '/api/v1/bulk/templates/indicator-values.csv',
  );

  // A figure cannot be negative: line 3 is refused.
  const file = page.getByLabel('File', { exact: true });
  await file.setInputFiles(csv(['indicator,period,value', '9,2023-04,4.6', '14,2023-04,-5']));
  await page.getByRole('button', { name: 'Check the file' }).click();
  const refused = page.getByRole('table', { name: 'Refused rows' });
  await refused.waitFor();
  const cells = (await refused.locator('tbody tr').first().locator('th, td').allInnerTexts()).map(
    (t) => t.trim(),
  );
  assert.deepEqual(cells.slice(0, 3), ['3', 'value', '-5']);
  assert.equal(cells[3], 'must not be negative');
  assert.equal(await page.getByRole('button', { name: 'Apply' }).count(), 0);
  await assertAccessible(page, 'the uploads page with a refused row');

  // The corrected file is checked, then applied.
  await file.setInputFiles(csv(['indicator,period,value', '9,2023-04,4.6', '14,2023-04,85']));
  assert.equal(await refused.count(), 0, 'choosing another file clears the last check');
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('heading', { name: 'The file can be applied' }).waitFor();
  // Both figures are in line with the months before: there is nothing to acknowledge.
  assert.equal(await page.getByLabel('I have checked these figures').count(), 0);
  await page.getByRole('button', { name: 'Apply' }).click();
  const banner = page.getByRole('heading', { name: /^Indicator figures applied as batch \d+$/ });
  await banner.waitFor();
  const batch = /batch (\d+)$/.exec(await banner.innerText())[1];

  // The history lists the batch; reverting it puts the figures back.
  const history = page.getByRole('table', { name: 'Uploads applied' });
  const row = history
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: batch }) });
  await row.waitFor();
  assert.match(await row.innerText(), /april\.csv/);
  await row.getByRole('button', { name: `Revert batch ${batch}` }).click();
  await page.getByRole('heading', { name: `Batch ${batch} reverted` }).waitFor();
  await row.getByText(/^Reverted /).waitFor();
  assert.equal(await row.getByRole('button').count(), 0, 'a reverted batch cannot be reverted');
  await page.context().close();
});
