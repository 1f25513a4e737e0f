// The performance team enters a month's figure and corrects it: the direction of travel is worked
// out again, the chart stays, and the correction is kept as a revision. Indicator 12 (percentage
// of single assessments in 45 working days; higher is better; figures Oct 2022 to Mar 2023) is
// changed by no other journey.
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

const NAME = 'Percentage of single assessments completed in 45 working days (June 2022 to date)';

/** The value of a row of the indicator's summary list. */
async function summaryValue(page, key) {
  const row = page
    .locator('.govuk-summary-list__row')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }) });
  return (await row.locator('dd').innerText()).replace(/\s+/g, ' ').trim();
}

/** The values table's row of one month, as the text of its cells. */
async function monthRow(page, month) {
  const table = page.getByRole('region', { name: 'Monthly figures table' });
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: month, exact: true }) });
  await row.waitFor();
  return { row, cells: (await row.locator('th, td').allInnerTexts()).map((t) => t.trim()) };
}

async function saveFigure(page, { month, figure, status }) {
  await page.getByLabel('Month', { exact: true }).fill(month);
  await page.getByLabel('Figure', { exact: true }).fill(figure);
  await page.getByRole('radio', { name: status, exact: true }).check();
  await page.getByRole('button', { name: 'Save figure' }).click();
}

test('the performance team enters a figure, sees the direction change, and corrects it', async () => {
  const page = await openAs(browser, 'performance');
  const id = await indicatorIdByNumber(page, 12);
  await page.goto(`/indicators/${id}`);
  await waitUntilLoaded(page, `12. ${NAME}`);

  assert.equal(await summaryValue(page, 'Polarity'), 'Higher is better');
  assert.match(await summaryValue(page, 'Latest figure'), /^64\.1% in Mar 2023/);
  // 64.1% against the mean of the three months before (62.9%): more than 1 point up.
  assert.match(await summaryValue(page, 'Direction of travel'), /Improving$/);
  const chart = page.getByRole('img', { name: /^Line chart of the monthly figures/ });
  await chart.locator('svg').first().waitFor();

  // The form offers the month after the latest figure.
  await page.getByRole('heading', { name: 'Enter or correct a figure' }).waitFor();
  assert.equal(await page.getByLabel('Month', { exact: true }).inputValue(), '2023-04');

  // 55% is far below the mean of Jan to Mar 2023 (63.5%): the indicator is now declining.
  await saveFigure(page, { month: '2023-04', figure: '55', status: 'Provisional' });
  await page.getByRole('alert').getByText('Figure for Apr 2023 entered').waitFor();
  const entered = await monthRow(page, 'Apr 2023');
  assert.equal(entered.cells[1], '55.0%');
  assert.ok(entered.cells.includes('Provisional'), entered.cells.join(' | '));
  assert.equal(entered.cells.at(-1), 'None');
  await page.getByText(/^55\.0% in Apr 2023/).waitFor();
  assert.match(await summaryValue(page, 'Direction of travel'), /Declining$/);
  await chart.locator('svg').first().waitFor();
  assert.match(await chart.getAttribute('aria-label'), /to Apr 2023; latest 55\.0%/);

  // Correcting the same month: the form says a figure exists and keeps the old one as a revision.
  await page.getByLabel('Month', { exact: true }).fill('2023-04');
  await page.getByText(/There is already a figure for Apr 2023: 55\.0% \(provisional\)/).waitFor();
  await saveFigure(page, { month: '2023-04', figure: '64', status: 'Final' });
  await page
    .getByRole('alert')
    .getByText('Figure for Apr 2023 corrected (the previous figure is kept as a revision)')
    .waitFor();
  await page.getByText(/^64\.0% in Apr 2023/).waitFor();
  // 64% is within a point of the mean before it (63.5%): stable.
  assert.match(await summaryValue(page, 'Direction of travel'), /Stable$/);
  const corrected = await monthRow(page, 'Apr 2023');
  assert.equal(corrected.cells[1], '64.0%');
  assert.ok(corrected.cells.includes('Final'), corrected.cells.join(' | '));
  assert.match(corrected.cells.at(-1), /^Corrected once/);

  const show = corrected.row.getByRole('button', { name: 'Show revisions for Apr 2023' });
  await show.click();
  const revisions = page.getByRole('list', {
    name: 'Revisions of the Apr 2023 figure, oldest first',
  });
  const revision = revisions.getByRole('listitem');
  await revision.waitFor();
  assert.equal(await revision.count(), 1);
  const text = await revision.innerText();
  assert.match(text, /^55\.0% → 64\.0%, Provisional → Final, by Pat Performance/, text);
  await corrected.row.getByRole('button', { name: 'Hide revisions for Apr 2023' }).waitFor();
  await chart.locator('svg').first().waitFor();
  await page.context().close();
});

test('a figure typed as a fraction is queried before it is saved, and a missing month is explained', async () => {
  const page = await openAs(browser, 'performance');
  const id = await indicatorIdByNumber(page, 12);
  await page.goto(`/indicators/${id}`);
  await waitUntilLoaded(page, `12. ${NAME}`);
  await page.getByRole('heading', { name: 'Enter or correct a figure' }).waitFor();

  // 0.64 where the figures run around 63: an Excel fraction. Nothing is saved until it is settled.
  await saveFigure(page, { month: '2023-05', figure: '0.64', status: 'Provisional' });
  await page.getByText(/a percentage is written 0 to 100/).waitFor();
  assert.equal(
    await page
      .getByRole('region', { name: 'Monthly figures table' })
      .getByRole('rowheader', { name: 'May 2023', exact: true })
      .count(),
    0,
  );
  // Correcting the figure settles the query.
  await page.getByLabel('Figure', { exact: true }).fill('63.5');
  await page.getByRole('button', { name: 'Save figure' }).click();
  await page.getByRole('alert').getByText('Figure for May 2023 entered').waitFor();
  assert.equal((await monthRow(page, 'May 2023')).cells[1], '63.5%');

  // June's report was not run: the month is recorded as not available, with the reason.
  await page.getByText('Record that a month’s figure is not available').click();
  await page.getByLabel('Month without a figure').fill('2023-06');
  await page
    .getByLabel('Why is there no figure?')
    .fill('Report not run: case management system migration');
  await page.getByRole('button', { name: 'Record as not available' }).click();
  const missing = page.getByRole('table', { name: 'Months without a figure' });
  await missing.getByText('Report not run: case management system migration').waitFor();
  assert.ok(await missing.getByRole('rowheader', { name: 'Jun 2023' }).isVisible());
  await page.context().close();
});
