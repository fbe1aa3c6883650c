/**
 * Period close end to end in Debian's Chromium: the real portfolio module in the sandbox host page, the real
 * resolvers behind the bridge. Ada (Jira admin) grades a KR of the current quarter with a reason on the Period close
 * tab; the demo's previous quarter, closed at seeding, shows read-only.
 */
import { rmSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PREVIOUS_QUARTER } from '../../sandbox/demo/calendar';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { tempDataDir } from '../sandbox/server/harness';
import { launchChromium } from './chromium';

jest.setTimeout(90_000);

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

const portfolio = () => page.frameLocator('iframe[data-module="okr-portfolio"]');

test('a KR is graded with a reason on the Period close tab, and the closed previous quarter is read-only', async () => {
  await page.goto(`${sandbox.url}/jira/apps/okr-portfolio`);
  const frame = portfolio();
  await frame.getByRole('list', { name: 'Objectives by alignment' }).waitFor();
  await frame.getByRole('tab', { name: 'Period close' }).click();

  const gradable = frame
    .getByRole('listitem')
    .filter({ has: frame.getByRole('button', { name: 'Save grade' }) })
    .first();
  await gradable.waitFor();
  const title = await gradable.getAttribute('aria-label');
  if (!title) throw new Error('a KR row is named by its title');
  const suggested = /suggested grade (\d\.\d)/.exec((await gradable.textContent()) ?? '')?.[1];
  if (!suggested) throw new Error('a KR row shows its suggested grade');
  const chosen = suggested === '1.0' ? '0.9' : '1.0';
  await gradable.getByLabel(`Grade for ${title}`).selectOption(chosen);
  await gradable.getByLabel('Why this grade').fill('The last story shipped after the final refresh');
  await gradable.getByRole('button', { name: 'Save grade' }).click();
  const row = frame.getByRole('listitem', { name: title }).first();
  await row.getByText(`graded ${chosen}`, { exact: false }).waitFor();
  expect(await row.textContent()).toContain('“The last story shipped after the final refresh”');

  // The period is picked on the Objectives tab; the Period close tab then shows that period.
  await frame.getByRole('tab', { name: 'Objectives' }).click();
  await frame
    .getByRole('search', { name: 'Filter the portfolio' })
    .getByLabel('Period')
    .selectOption(PREVIOUS_QUARTER.id);
  await frame.getByRole('tab', { name: 'Period close' }).click();
  await frame.getByText(/is closed\./).waitFor();
  expect(await frame.getByRole('button', { name: 'Save grade' }).count()).toBe(0);
  expect(await frame.getByRole('button', { name: /^Close period/ }).count()).toBe(0);
  expect(pageErrors).toEqual([]);
});
