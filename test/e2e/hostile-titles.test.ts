/**
 * Issue 9, part 5 (browser side): zero script execution in the UI. Objectives, key results, milestones, check-ins
 * and Jira issue summaries are written with HTML/script payloads through the sandbox's HTTP API (the real resolvers
 * and the Jira REST API), then every UI module is opened in Chromium: the issue panel and badge, the portfolio with
 * a KR's detail and check-in history, the project page, the dashboard gadget and the admin page. Each payload calls
 * `__pwn`, a binding exposed to every frame: it must never fire, no dialog may open, and the payloads must show as
 * literal text. A positive control proves the binding fires when markup does run in a module's frame.
 */
import { rmSync } from 'node:fs';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { CURRENT_QUARTER } from '../../sandbox/demo/calendar';
import { demoUser } from '../../sandbox/demo/users';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { RESOLVER_KEYS as K } from '../../src/contract';
import { basic, request, tempDataDir } from '../sandbox/server/harness';
import { launchChromium } from './chromium';

jest.setTimeout(120_000);

const ada = demoUser('ada');

/** Every payload names itself when it runs: `__pwn('<tag>')`. */
const PAYLOADS = {
  img: `<img src=x onerror="__pwn('img')">`,
  script: `<script>__pwn('script')</script>`,
  svg: `"><svg onload=__pwn('svg')>`,
  js: `javascript:__pwn('js')`,
  link: `<a href="javascript:__pwn('link')" id=pwnlink>open</a>`,
  srcdoc: `<iframe srcdoc="<script>parent.__pwn('srcdoc')</script>"></iframe>`,
  style: `<div style="background:url(javascript:__pwn('style'))" onmouseover="__pwn('hover')">x</div>`,
  attr: `' onfocus='__pwn("attr")' autofocus '`,
} as const;

const TITLES = {
  objective: `Objective ${PAYLOADS.img}`,
  description: `Why ${PAYLOADS.script} ${PAYLOADS.srcdoc}`,
  jiraKr: `Jira KR ${PAYLOADS.svg}`,
  metricKr: `Metric KR ${PAYLOADS.link}`,
  milestonesKr: `Milestones KR ${PAYLOADS.js}`,
  milestone: `Milestone ${PAYLOADS.style}`,
  note: `Note ${PAYLOADS.img} ${PAYLOADS.attr}`,
  blockers: `Blocked by ${PAYLOADS.script}`,
  epic: `Epic ${PAYLOADS.svg} ${PAYLOADS.img}`,
  story: `Story ${PAYLOADS.link} ${PAYLOADS.script}`,
} as const;

let dir: string;
let sandbox: RunningSandbox;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let storyKey: string;
const fired: string[] = [];
const dialogs: string[] = [];

const url = (path: string) => `${sandbox.url}${path}`;

async function invoke<T>(key: string, payload: object): Promise<T> {
  const answer = await request<{ ok: boolean; data?: T; error?: { message: string } }>(url('/sandbox/invoke'), {
    method: 'POST',
    json: { key, payload, accountId: ada.accountId },
  });
  if (!answer.body.ok) throw new Error(`${key}: ${answer.body.error?.message}`);
  return answer.body.data as T;
}

async function createIssue(fields: Record<string, unknown>): Promise<string> {
  const created = await request<{ key: string }>(url('/rest/api/3/issue'), {
    method: 'POST',
    headers: { authorization: basic(ada.email, ada.apiToken) },
    json: { fields },
  });
  expect(created.status).toBe(201);
  return created.body.key;
}

beforeAll(async () => {
  dir = tempDataDir();
  sandbox = await startSandbox({ port: 0, dataDir: dir, pumpIntervalMs: 0 });

  const epicKey = await createIssue({ project: { key: 'PLAT' }, issuetype: { name: 'Epic' }, summary: TITLES.epic });
  storyKey = await createIssue({
    project: { key: 'PLAT' },
    issuetype: { name: 'Story' },
    summary: TITLES.story,
    parent: { key: epicKey },
  });
  const epicId = sandbox.runtime.sim.issue(epicKey)!.id;

  const objective = await invoke<{ id: string }>(K.createObjective, {
    title: TITLES.objective,
    description: TITLES.description,
    periodId: CURRENT_QUARTER.id,
    level: 'team',
    team: 'Platform',
    ownerIds: [ada.accountId],
  });
  const kr = (title: string, source: object) =>
    invoke<{ id: string }>(K.createKeyResult, {
      objectiveId: objective.id,
      title,
      kind: 'committed',
      weight: 1,
      ownerIds: [ada.accountId],
      source,
    });
  await kr(TITLES.jiraKr, {
    type: 'jira',
    measure: 'count',
    targets: [{ kind: 'epic', issueId: epicId }],
    includeSubtasks: false,
  });
  const metric = await kr(TITLES.metricKr, {
    type: 'metric',
    start: 0,
    target: 10,
    current: 0,
    direction: 'increase',
    unit: `<img src=x onerror=__pwn(9)>`,
  });
  await kr(TITLES.milestonesKr, {
    type: 'milestones',
    items: [
      { id: 'm1', title: TITLES.milestone, done: true },
      { id: 'm2', title: `Next ${PAYLOADS.attr}`, done: false },
    ],
  });
  await invoke(K.recordCheckIn, {
    keyResultId: metric.id,
    confidence: 'medium',
    value: 4,
    note: TITLES.note,
    blockers: TITLES.blockers,
  });
  await request(url('/sandbox/settle'), { method: 'POST' });

  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Exposed to every frame of every page in this context, the module iframes included.
  await context.exposeBinding('__pwn', (_source, tag: unknown) => {
    fired.push(String(tag));
  });
  page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await sandbox?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const frameOf = (moduleKey: string) => page.frameLocator(`iframe[data-module="${moduleKey}"]`);

/** The module's frame, once its content is there. */
async function moduleFrame(moduleKey: string): Promise<Frame> {
  const element = await page.waitForSelector(`iframe[data-module="${moduleKey}"]`);
  const frame = await element.contentFrame();
  if (!frame) throw new Error(`no frame for ${moduleKey}`);
  return frame;
}

/** Hovers and focuses what the page has, so payloads that wait for a user (onmouseover, onfocus) get their chance. */
async function poke(frame: Frame): Promise<void> {
  // A string: the tests' TypeScript has no DOM library; this runs in the frame.
  await frame.evaluate(`for (const element of document.querySelectorAll('*')) {
    element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    if (typeof element.focus === 'function') element.focus();
  }`);
  await page.waitForTimeout(300);
}

async function until(check: () => boolean, ms = 5_000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await page.waitForTimeout(50)) if (check()) return true;
  return check();
}

async function textOf(moduleKey: string): Promise<string> {
  return (await frameOf(moduleKey).locator('body').textContent()) ?? '';
}

describe('hostile titles, notes and issue summaries', () => {
  test('the check itself works: markup that does run in a module frame fires the binding', async () => {
    await page.goto(url('/jira/settings/apps/okr-admin-page'));
    await frameOf('okr-admin-page').getByRole('form', { name: 'OKR Rollup settings' }).waitFor();
    const frame = await moduleFrame('okr-admin-page');
    await frame.evaluate(`document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="__pwn(\\'control\\')">')`);
    expect(await until(() => fired.includes('control'))).toBe(true);
    fired.splice(0, fired.length);
  });

  test('the issue panel and the issue badge show the KR and epic as text and run none of it', async () => {
    await page.goto(url(`/browse/${storyKey}`));
    await frameOf('okr-issue-panel').getByText(TITLES.jiraKr).first().waitFor();
    await frameOf('okr-issue-context')
      .getByText(/Feeds 1 KR/)
      .waitFor();
    await poke(await moduleFrame('okr-issue-panel'));
    expect(await textOf('okr-issue-panel')).toContain(TITLES.jiraKr);
    expect(fired).toEqual([]);
  });

  test('the portfolio, a KR’s detail and its check-in history show every payload literally', async () => {
    await page.goto(url('/jira/apps/okr-portfolio'));
    const portfolio = frameOf('okr-portfolio');
    await portfolio.getByText(TITLES.objective).first().waitFor();
    const text = await textOf('okr-portfolio');
    for (const title of [TITLES.objective, TITLES.jiraKr, TITLES.metricKr, TITLES.milestonesKr]) {
      expect(text).toContain(title);
    }
    await portfolio.getByRole('button', { name: TITLES.metricKr }).first().click();
    const detail = portfolio.getByRole('region', { name: 'Key result detail' });
    await detail.getByText(TITLES.note).first().waitFor();
    expect(await detail.textContent()).toContain(TITLES.blockers);

    await portfolio.getByRole('button', { name: TITLES.milestonesKr }).first().click();
    // The detail counts milestones (their titles are shown only in the KR's edit form, as a textarea's value).
    await detail.getByText(/Milestones done ÷ milestones = 1 ÷ 2/).waitFor();
    await portfolio.getByRole('button', { name: TITLES.jiraKr }).first().click();
    await detail.getByText('Contributing work').waitFor();
    // The epic's Jira summary, as the viewer may browse it.
    await detail.getByText(TITLES.epic).first().waitFor();
    await poke(await moduleFrame('okr-portfolio'));
    expect(await frameOf('okr-portfolio').locator('#pwnlink').count()).toBe(0);
    expect(fired).toEqual([]);
  });

  test('the project page and the dashboard gadget run none of it', async () => {
    await page.goto(url('/jira/projects/PLAT/apps/okr-project-page'));
    await frameOf('okr-project-page').getByRole('heading', { name: 'OKRs for Platform' }).waitFor();
    await frameOf('okr-project-page').getByText(TITLES.jiraKr).first().waitFor();
    await poke(await moduleFrame('okr-project-page'));

    await page.goto(url('/jira/dashboard'));
    const gadget = page.frameLocator('section[data-gadget-id="10001"] iframe');
    await gadget.getByText(/Q4 2026: \d+ objectives/).waitFor();
    const gadgetFrame = await (await page.waitForSelector('section[data-gadget-id="10001"] iframe')).contentFrame();
    if (gadgetFrame) await poke(gadgetFrame);
    expect(fired).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
