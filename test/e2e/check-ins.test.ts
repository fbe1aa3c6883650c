/**
 * Check-ins end to end in Debian's Chromium: the real portfolio module in the sandbox host page, the real resolvers
 * behind the bridge. A check-in is edited from the history and its earlier version stays viewable; the Check-ins due
 * tab lists the viewer's KRs and checks in on one.
 */
import { rmSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { tempDataDir } from '../sandbox/server/harness';
import { launchChromium } from './chromium';

jest.setTimeout(90_000);

const KR = 'Weekly active teams grow from 1,200 to 2,000';
const ONCALL = 'On-call runs on automated runbooks';

let dir: string;
let sandbox: RunningSandbox;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  dir = tempDataDir();
  sandbox = await startSandbox({ port: 0, dataDir: dir });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await sandbox?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const url = (path: string) => `${sandbox.url}${path}`;
const portfolio = () => page.frameLocator('iframe[data-module="okr-portfolio"]');

test('a check-in edited from the history shows the new note, marked edited, with the earlier version viewable', async () => {
  await page.goto(url('/jira/apps/okr-portfolio'));
  const frame = portfolio();
  await frame.getByRole('button', { name: new RegExp(`^${KR} — `) }).click();
  const detail = frame.getByRole('region', { name: 'Key result detail' });
  await detail.getByRole('button', { name: 'Check in' }).click();
  const form = detail.getByRole('form', { name: 'Check in' });
  await form.getByLabel('Note').fill('Pilot teams onboarded (e2e)');
  await form.getByRole('button', { name: 'Save check-in' }).click();
  const history = detail.getByRole('table', { name: 'Check-in history' });
  const row = history.getByRole('row').filter({ hasText: 'Pilot teams onboarded (e2e)' });
  await row.waitFor();

  await row.getByRole('button', { name: /^Edit your check-in of / }).click();
  const edit = detail.getByRole('form', { name: 'Edit check-in' });
  expect(await edit.getByLabel('Note').inputValue()).toBe('Pilot teams onboarded (e2e)');
  await edit.getByLabel('Note').fill('Pilot teams onboarded, two more next week (e2e)');
  await edit.getByLabel('Blockers').fill('Waiting on SSO');
  await edit.getByRole('button', { name: 'Save changes' }).click();

  const editedRow = history.getByRole('row').filter({ hasText: 'Pilot teams onboarded, two more next week (e2e)' });
  await editedRow.waitFor();
  expect(await editedRow.textContent()).toContain('Waiting on SSO');
  await editedRow.getByText(/^Edited .*: 1 earlier version$/).click();
  const versions = editedRow.getByRole('list', { name: /^Earlier versions of the check-in of / });
  expect(await versions.getByRole('listitem').textContent()).toContain('Pilot teams onboarded (e2e)');
  expect(await edit.count()).toBe(0);
});

test('the Check-ins due tab lists a team’s overdue KR, and a check-in from there takes it off the list', async () => {
  await page.goto(url('/jira/apps/okr-portfolio'));
  const frame = portfolio();
  await frame.getByRole('tab', { name: 'Check-ins due' }).click();
  const tab = frame.getByRole('region', { name: 'Check-ins due' });
  await tab.getByRole('radio', { name: 'Team' }).check();
  await tab.getByText('Enter a team to see its check-ins.').waitFor();
  await tab.getByLabel('Team name').fill('Platform');
  await tab.getByRole('button', { name: 'Show' }).click();
  // The demo's on-call KR was checked in twice early in the quarter only, so it is overdue.
  const dueNow = tab.getByRole('table', { name: /^Due now: \d+$/ });
  const row = dueNow.getByRole('row').filter({ hasText: ONCALL });
  await row.waitFor();
  expect(await row.textContent()).toMatch(/\d+ days? overdue \(due \d{4}-\d{2}-\d{2}\)/);

  await row.getByRole('button', { name: `Check in on ${ONCALL}` }).click();
  const form = tab.getByRole('form', { name: 'Check in' });
  await form.getByLabel('Note').fill('Rollback automation in review (e2e)');
  await form.getByRole('button', { name: 'Save check-in' }).click();
  await form.waitFor({ state: 'detached' });
  // Checked in today: next due in 14 days, so in neither list.
  await tab.getByRole('row').filter({ hasText: ONCALL }).waitFor({ state: 'detached' });
  await tab
    .getByText(/^Due now: \d+/)
    .first()
    .waitFor();
});

test('no frame threw', () => {
  expect(pageErrors).toEqual([]);
});
