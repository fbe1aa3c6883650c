/**
 * The leadership report in the sandbox, in Debian's Chromium (issue #8, "the report renders in the sandbox"): the
 * portfolio's "Leadership report" tab on the demo organisation, its figures checked against what okr/leadershipReport
 * answers for the same user, and its CSV and Markdown downloaded as a person would.
 */
import { readFileSync, rmSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { LeadershipReportView, ResolverResult } from '../../src/contract';
import { demoUser } from '../../sandbox/demo/users';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { request, tempDataDir } from '../sandbox/server/harness';
import { launchChromium } from './chromium';

jest.setTimeout(90_000);

const ada = demoUser('ada');

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
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
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

async function reportAnswer(): Promise<LeadershipReportView> {
  const answer = await request<ResolverResult<LeadershipReportView>>(url('/sandbox/invoke'), {
    method: 'POST',
    json: { key: 'okr/leadershipReport', payload: {}, accountId: ada.accountId },
  });
  if (!answer.body.ok) throw new Error(`okr/leadershipReport answered ${JSON.stringify(answer.body)}`);
  return answer.body.data;
}

async function downloaded(click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path()) as string, 'utf8') };
}

test('the Leadership report tab shows the demo quarter, and its CSV and Markdown download', async () => {
  const expected = await reportAnswer();
  // The demo organisation: 12 objectives in the current quarter, aligned company → department → team.
  expect(expected.groups.flatMap((g) => g.objectives)).toHaveLength(12);
  expect(expected.groups[0]?.level).toBe('company');

  await page.goto(url('/jira/apps/okr-portfolio'));
  const portfolio = page.frameLocator('iframe[data-module="okr-portfolio"]');
  await portfolio.getByRole('tab', { name: 'Leadership report' }).click();
  const report = portfolio.getByRole('region', { name: 'Leadership report' });
  await report.getByRole('heading', { name: `Leadership report: ${expected.period.name}` }).waitFor();

  // Committed delivery and aspirational reach, apart, as the resolver computed them.
  const { committed, aspirational } = expected.kinds;
  const committedText = await report.getByRole('figure', { name: 'Committed delivery' }).textContent();
  expect(committedText).toContain(
    `${committed.delivered} of ${committed.count} committed key results delivered in full.`,
  );
  const reachText = await report.getByRole('figure', { name: 'Aspirational reach' }).textContent();
  expect(reachText).toContain(`${aspirational.reached} of ${aspirational.count}`);

  // One table per level and team, one row per objective with its progress.
  for (const group of expected.groups) {
    const name = group.team ? `${label(group.level)} · ${group.team}` : label(group.level);
    const table = report.getByRole('table', { name, exact: true });
    for (const o of group.objectives) {
      const row = table.getByRole('row', {
        name: new RegExp(`^${escapeRegExp(o.title)} ${Math.round(o.progress * 100)}%`),
      });
      await row.waitFor();
    }
  }
  await report.getByRole('heading', { name: `At risk (${expected.atRisk.length})` }).waitFor();
  if (expected.atRisk.length > 0) {
    const rows = report.getByRole('table', { name: 'Key results at risk, worst first' }).getByRole('rowheader');
    expect(await rows.allTextContents()).toEqual(expected.atRisk.map((kr) => kr.title));
  }
  if (expected.highlights.length > 0) {
    expect(await report.getByRole('list', { name: 'Highlights' }).getByRole('listitem').count()).toBe(
      expected.highlights.length,
    );
  }

  const csv = await downloaded(() => report.getByRole('button', { name: 'Export CSV' }).click());
  expect(csv.name).toBe('okr-leadership-report-Q4-2026.csv');
  const lines = csv.text.split(/\r?\n/);
  expect(lines[0]).toBe(
    'Period,Section,Level,Team,Objective,Key result,Kind,Owners,Progress %,Status,State,Grade,Detail',
  );
  // 12 objectives, the two kind figures, the at-risk KRs and the highlights: one row each.
  expect(lines.length - 1).toBe(12 + 2 + expected.atRisk.length + expected.highlights.length);
  expect(lines.filter((line) => line.startsWith('Q4 2026,Objective,'))).toHaveLength(12);
  expect(lines.find((line) => line.startsWith('Q4 2026,Committed delivery,'))).toContain(
    `${committed.delivered} of ${committed.count} delivered`,
  );

  const markdown = await downloaded(() => report.getByRole('button', { name: 'Export Markdown' }).click());
  expect(markdown.name).toBe('okr-leadership-report-Q4-2026.md');
  expect(markdown.text.split('\n')[0]).toBe('# Leadership report: Q4 2026');
  expect(markdown.text).toContain(`- **Committed delivery:** ${committed.delivered} of ${committed.count} delivered`);
  expect(markdown.text).toContain(`## At risk (${expected.atRisk.length})`);
  expect(markdown.text).toContain(`## Highlights this week (${expected.highlights.length})`);
  expect(pageErrors).toEqual([]);
});

const label = (level: string) => level.charAt(0).toUpperCase() + level.slice(1);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
