/**
 * OKR quality coaching end to end in Debian's Chromium: the real portfolio module in the sandbox host page, the real
 * resolvers behind the bridge. Writing a vague or task-like OKR shows a warning with its suggested fix while typing,
 * and the Quality tab lists the period's findings grouped by rule, beside committed delivery and aspirational reach.
 */
import { rmSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

const url = (path: string) => `${sandbox.url}${path}`;
const portfolio = () => page.frameLocator('iframe[data-module="okr-portfolio"]');

test('a key result written vaguely gets a warning with its suggested fix while it is typed', async () => {
  await page.goto(url('/jira/apps/okr-portfolio'));
  const frame = portfolio();
  await frame.getByRole('list', { name: 'Objectives by alignment' }).waitFor();
  await frame.getByRole('button', { name: 'Add key result' }).first().click();
  const form = frame.getByRole('form', { name: 'New key result' });
  await form.getByLabel('Title').fill('Improve onboarding');
  const tips = form.getByRole('status', { name: 'Writing tips' });
  await tips.getByText('Warning: "improve" without a number does not say how much is enough.').waitFor();
  await tips.getByText('Suggested fix: State the measure and the target, e.g. "from 8% to 12%".').waitFor();
  // A number makes it a measure: the vague-wording warning goes away.
  await form.getByLabel('Title').fill('Onboarding completion from 40% to 60%');
  await tips.getByText(/"improve" without a number/).waitFor({ state: 'detached' });
  await form.getByRole('button', { name: 'Cancel' }).click();
  expect(pageErrors).toEqual([]);
});

test('a task-like objective is saved despite its warning, and the Quality tab lists it among the findings', async () => {
  await page.goto(url('/jira/apps/okr-portfolio'));
  const frame = portfolio();
  await frame.getByRole('button', { name: 'New objective' }).click();
  const form = frame.getByRole('form', { name: 'New objective' });
  await form.getByLabel('Title').fill('Write the onboarding guide');
  await form.getByLabel('Team').fill('Docs');
  const tips = form.getByRole('status', { name: 'Writing tips' });
  await tips.getByText('Warning: Opening with "write" and no measure reads as a task, not an outcome.').waitFor();
  await form.getByRole('button', { name: 'Save objective' }).click();
  await form.waitFor({ state: 'detached' });

  await frame.getByRole('tab', { name: 'Quality' }).click();
  const tasks = frame.getByRole('region', { name: /^Tasks, not outcomes: \d+$/ });
  await tasks.getByText('Objective “Write the onboarding guide”').waitFor();
  expect(await tasks.textContent()).toContain('Suggested fix: Describe the result the task should bring');
  await frame.getByRole('figure', { name: 'Committed delivery' }).waitFor();
  await frame.getByRole('figure', { name: 'Aspirational reach' }).waitFor();

  // One team: Docs has only the new objective.
  const filter = frame.getByRole('search', { name: 'Filter the quality report' });
  await filter.getByRole('textbox', { name: 'Team' }).fill('Docs');
  await filter.getByRole('button', { name: 'Show' }).click();
  await frame
    .getByRole('region', { name: 'Objectives per team: 1' })
    .getByText('Team “Docs in', { exact: false })
    .waitFor();
  expect(pageErrors).toEqual([]);
});
