import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertAccessible, launch, openAs } from '../support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('a newcomer signs in with a demo account, sees who they are, and signs out', async () => {
  const page = await openAs(browser);
  await page.goto('/');
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await assertAccessible(page, 'the sign-in page');

  await page.getByLabel('Username').fill('editor');
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Username or password is incorrect').waitFor();

  await page.getByLabel('Password').fill('editor-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const user = page.getByTestId('signed-in-user');
  await user.waitFor();
  const text = await user.textContent();
  assert.match(text, /Erin Editor/);
  assert.match(text, /Plymouth City Council/);
  assert.match(text, /Editor/);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.context().close();
});

test('a deep link reloads on its own page', async () => {
  const page = await openAs(browser, 'viewer');
  const response = await page.goto('/findings');
  assert.equal(response.status(), 200);
  await page.reload();
  await page.getByTestId('signed-in-user').waitFor();
  assert.equal(new URL(page.url()).pathname, '/findings');
  await page.context().close();
});
