/**
 * The sandbox end to end in Debian's Chromium: the real Custom UI (static/dist) in the host page's frames, talking
 * through the injected bridge to the real resolvers, with Jira changes made through the REST API flowing through
 * the real trigger and queue. Each module's screenshot is saved under docs/screenshots/ (README).
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoUser } from '../../sandbox/demo/users';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { REPO_ROOT } from '../../sandbox/server/paths';
import { basic, request, tempDataDir } from '../sandbox/server/harness';
import { launchChromium } from './chromium';
import { saveScreenshot } from './screenshots';

jest.setTimeout(90_000);

const SCREENSHOTS = join(REPO_ROOT, 'docs', 'screenshots');
/** Platform's count KR over PLAT-3 and PLAT-4: the epic of the example issue feeds it. */
const CDN_KR = 'Ship the CDN image pipeline and the lazy issue view';
const ada = demoUser('ada');
const vic = demoUser('vic');

interface Directory {
  examples: { issueInLinkedEpic: string; linkedEpic: string; unlinkedEpic: string; restrictedIssue: string };
}

let dir: string;
let sandbox: RunningSandbox;
let demo: Directory;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  dir = tempDataDir();
  // The pump runs as with npm start: queued recomputes are delivered while the tests look.
  sandbox = await startSandbox({ port: 0, dataDir: dir });
  demo = (await request<Directory>(`${sandbox.url}/sandbox/demo`)).body;
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await sandbox?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const url = (path: string) => `${sandbox.url}${path}`;
const frameOf = (moduleKey: string) => page.frameLocator(`iframe[data-module="${moduleKey}"]`);

/** Frames size themselves to their content (sandbox/host/host.js); give the last resize a moment. */
async function screenshot(name: string): Promise<void> {
  await page.waitForTimeout(500);
  await saveScreenshot(page, browser, join(SCREENSHOTS, `${name}.png`));
}

function percentDone(text: string | null): number {
  const match = /(\d+)% done/.exec(text ?? '');
  if (!match) throw new Error(`No "% done" in: ${text}`);
  return Number(match[1]);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('an issue in an epic shows the key results its epic feeds, in the issue panel and the context badge', async () => {
  await page.goto(url(`/browse/${demo.examples.issueInLinkedEpic}`));
  const card = frameOf('okr-issue-panel').getByRole('article', { name: `Key result: ${CDN_KR}` });
  await card.waitFor();
  const text = await card.textContent();
  expect(text).toMatch(/\d+% done · expected \d+%/);
  expect(text).toContain('Counted via');
  expect(text).toContain('Owners: Dan Kowalski, Ivy Chen');
  await frameOf('okr-issue-context')
    .getByText(/Feeds 1 KR/)
    .waitFor();
  await screenshot('issue-view');
});

test('frames follow the host’s theme through the bridge', async () => {
  await page.goto(url(`/browse/${demo.examples.issueInLinkedEpic}`));
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.getByRole('button', { name: 'Light theme' }).waitFor();
  const panel = page.frameLocator('iframe[data-module="okr-issue-panel"]');
  await panel.getByRole('article', { name: `Key result: ${CDN_KR}` }).waitFor();
  expect(await panel.locator('html').getAttribute('data-color-mode')).toBe('dark');
  await screenshot('issue-view-dark');
  await page.getByRole('button', { name: 'Light theme' }).click();
  await page.getByRole('button', { name: 'Dark theme' }).waitFor();
});

test('an epic linked to no key result is linked to one from its panel', async () => {
  const key = demo.examples.unlinkedEpic;
  await page.goto(url(`/browse/${key}`));
  const panel = frameOf('okr-issue-panel');
  await panel.getByText(`${key} doesn't feed any key result yet.`).waitFor();
  await screenshot('issue-panel-unlinked-epic');
  await panel.getByRole('button', { name: `Link ${key} to a key result` }).click();
  await panel.getByLabel('Find a key result').fill('Deploys heal');
  await panel.getByRole('button', { name: /Deploys heal themselves/ }).click();
  await panel.getByRole('article', { name: 'Key result: Deploys heal themselves' }).waitFor();
  await panel.getByText(`${key} feeds 1 key result.`).waitFor();
  const epic = sandbox.runtime.sim.issue(key);
  const links = await sandbox.runtime.repos.links.listByTarget({ kind: 'epic', issueId: epic?.id ?? '' });
  expect(links.items).toHaveLength(1);
});

test('issues finished through the REST API move the panel and the portfolio, with the sandbox still running', async () => {
  await page.goto(url(`/browse/${demo.examples.issueInLinkedEpic}`));
  const card = frameOf('okr-issue-panel').getByRole('article', { name: `Key result: ${CDN_KR}` });
  await card.waitFor();
  const before = percentDone(await card.textContent());

  const authorization = basic(ada.email, ada.apiToken);
  const open = await request<{ issues: { key: string }[] }>(url('/rest/api/3/search/jql'), {
    method: 'POST',
    headers: { authorization },
    json: {
      jql: `parent = ${demo.examples.linkedEpic} AND statusCategory != Done ORDER BY key`,
      fields: ['summary'],
      maxResults: 6,
    },
  });
  expect(open.status).toBe(200);
  const keys = open.body.issues.map((i) => i.key);
  expect(keys.length).toBeGreaterThanOrEqual(4);
  const transitions = await request<{ transitions: { id: string; to: { name: string } }[] }>(
    url(`/rest/api/3/issue/${keys[0]}/transitions`),
    { headers: { authorization } },
  );
  const done = transitions.body.transitions.find((t) => t.to.name === 'Done')?.id;
  for (const key of keys) {
    const moved = await request(url(`/rest/api/3/issue/${key}/transitions`), {
      method: 'POST',
      headers: { authorization },
      json: { transition: { id: done } },
    });
    expect(moved.status).toBe(204);
  }
  // The events reach the trigger and the queue at once; settling skips the queue's coalescing delay.
  await request(url('/sandbox/settle'), { method: 'POST' });
  expect(sandbox.runtime.pending()).toEqual({ triggers: 0, queued: 0, dead: 0 });

  await page.reload();
  await card.waitFor();
  const after = percentDone(await card.textContent());
  expect(after).toBeGreaterThan(before);

  await page.goto(url('/jira/apps/okr-portfolio'));
  const portfolio = frameOf('okr-portfolio');
  await portfolio.getByRole('button', { name: new RegExp(`^${escapeRegExp(CDN_KR)} — ${after}% `) }).waitFor();
});

test('the portfolio shows a key result’s burn-up and contributing work, and exports CSV', async () => {
  await page.goto(url('/jira/apps/okr-portfolio'));
  const portfolio = frameOf('okr-portfolio');
  await portfolio.getByRole('button', { name: new RegExp(`^${escapeRegExp(CDN_KR)} — `) }).click();
  const detail = portfolio.getByRole('region', { name: 'Key result detail' });
  await detail.getByText('Contributing work').waitFor();
  expect(await detail.textContent()).toContain(demo.examples.linkedEpic);
  await screenshot('portfolio');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    portfolio.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = readFileSync((await download.path()) as string, 'utf8');
  expect(csv.split(/\r?\n/)[0]).toBe(
    'Period,Objective,Aligned to,Level,Team,Objective progress %,Objective status,Key result,Kind,Weight,Owners,Progress %,Expected %,Status,Source,Updated,Stale',
  );
  expect(csv).toContain(CDN_KR);
  expect(csv.split(/\r?\n/).filter((line) => line.startsWith('Q4 2026,')).length).toBeGreaterThanOrEqual(30);
});

test('a new gadget is configured from its edit view and then shows what was chosen', async () => {
  await page.goto(url('/jira/dashboard'));
  const edit = page.frameLocator('section[data-gadget-id="10002"] iframe');
  await edit.getByRole('button', { name: 'Save' }).waitFor();
  await edit.getByLabel('Show').selectOption('burnup');
  await edit.getByLabel('Team').fill('Platform');
  await screenshot('dashboard-gadget-edit');
  await edit.getByRole('button', { name: 'Save' }).click();
  await page.locator('section[data-gadget-id="10002"] iframe:not([src*="entry=edit"])').waitFor();
  const view = page.frameLocator('section[data-gadget-id="10002"] iframe');
  await view.getByRole('figure', { name: /^Burn-up/ }).waitFor();
  await page
    .frameLocator('section[data-gadget-id="10001"] iframe')
    .getByText(/Q4 2026: 12 objectives/)
    .waitFor();
  expect(sandbox.runtime.state.gadgets['10002']).toEqual({ view: 'burnup', team: 'Platform' });
  await screenshot('dashboard');
});

test('the project page and the admin page render', async () => {
  await page.goto(url('/jira/projects/PLAT/apps/okr-project-page'));
  const project = frameOf('okr-project-page');
  await project.getByRole('heading', { name: 'OKRs for Platform' }).waitFor();
  await project.getByRole('region', { name: 'Unlinked epics' }).waitFor();
  await screenshot('project-page');

  await page.goto(url('/jira/settings/apps/okr-admin-page'));
  const admin = frameOf('okr-admin-page');
  await admin.getByRole('form', { name: 'OKR Rollup settings' }).waitFor();
  await admin.getByLabel('Check-in every (days)').waitFor();
  await screenshot('admin-page');
});

test('"Simulate work" moves the site clock and runs the pipeline in front of the user', async () => {
  const before = sandbox.runtime.clock.now().getTime();
  const events = sandbox.runtime.stats.issueEvents;
  await page.goto(url('/jira/dashboard'));
  await page.getByRole('button', { name: 'Simulate work' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /^Simulated 1 day: \d+ transitions/ })
    .waitFor({ timeout: 60_000 });
  expect(sandbox.runtime.clock.now().getTime() - before).toBeGreaterThanOrEqual(86_400_000);
  expect(sandbox.runtime.stats.issueEvents).toBeGreaterThan(events);
});

test('a viewer without access to a project sees none of its issue keys', async () => {
  await page.goto(url('/'));
  await page.getByLabel('Acting user').selectOption(vic.accountId);
  await page.getByRole('status').filter({ hasText: 'Now acting as Vic Moreau.' }).waitFor();

  const refused = await page.goto(url(`/browse/${demo.examples.restrictedIssue}`));
  expect(refused?.status()).toBe(403);
  await page.getByRole('heading', { name: "You don't have permission to view this issue" }).waitFor();

  await page.goto(url('/jira/apps/okr-portfolio'));
  const portfolio = frameOf('okr-portfolio');
  await portfolio.getByRole('button', { name: /^Failed payments retry themselves — / }).click();
  const detail = portfolio.getByRole('region', { name: 'Key result detail' });
  await detail.getByText('Contributing work').waitFor();
  const text = (await portfolio.locator('body').textContent()) ?? '';
  expect(text).toContain('Restricted epic');
  expect(text).not.toMatch(/\bPAY-\d+/);
  await screenshot('portfolio-viewer-without-access');

  await context.clearCookies();
});

test('a check-in from a key result’s detail: a field error next to the note, then 1,800 teams of 1,200 → 2,000 read 75% done, in the history', async () => {
  await page.goto(url('/jira/apps/okr-portfolio'));
  const portfolio = frameOf('okr-portfolio');
  await portfolio.getByRole('button', { name: /^Weekly active teams grow from 1,200 to 2,000 — / }).click();
  const detail = portfolio.getByRole('region', { name: 'Key result detail' });
  await detail.getByRole('button', { name: 'Check in' }).click();
  const form = detail.getByRole('form', { name: 'Check in' });
  await form.getByLabel('Confidence').selectOption('high');
  await form.getByLabel('Current value').fill('1800');
  await form.getByLabel('Note').fill('x'.repeat(2001));
  await form.getByRole('button', { name: 'Save check-in' }).click();
  await form.getByText('the note is longer than 2000 characters', { exact: true }).waitFor();

  await form.getByLabel('Note').fill('Self-serve onboarding doubled sign-ups (e2e)');
  await form.getByRole('button', { name: 'Save check-in' }).click();
  const history = detail.getByRole('table', { name: 'Check-in history' });
  const row = history.getByRole('row').filter({ hasText: 'Self-serve onboarding doubled sign-ups (e2e)' });
  await row.waitFor();
  expect(await row.textContent()).toContain('Ada Byrne');
  expect(await row.textContent()).toContain('1800');
  const card = detail.getByRole('article', { name: 'Key result: Weekly active teams grow from 1,200 to 2,000' });
  expect(percentDone(await card.textContent())).toBe(75);
});

test('no frame or page threw', () => {
  expect(pageErrors).toEqual([]);
});
