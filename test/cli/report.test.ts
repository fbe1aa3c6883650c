/** `okr-rollup report` against the simulator over HTTP (basic auth), numbers checked by hand (support/okrs.ts). */
import Papa from 'papaparse';
import type { Report } from '../../src/cli/report';
import { ALICE, seedSmallSite, T0, type SmallSite } from '../integration/jira/support/small-site';
import { runCli } from './support/cli-harness';
import { EXPECTED, GOOD_OKRS } from './support/okrs';

let site: SmallSite;
let server: { url: string; close(): Promise<void> };
let auth: string[];

beforeAll(async () => {
  site = seedSmallSite({ clock: { now: () => T0 } });
  server = await site.sim.listen(0, '127.0.0.1');
  auth = ['--site', server.url, '--email', ALICE.email, '--token', ALICE.apiToken];
});
afterAll(() => server.close());

const report = (format: string) =>
  runCli(['report', '--file', 'okrs.yaml', '--format', format, '--today', '2026-11-16', ...auth], {
    'okrs.yaml': GOOD_OKRS,
  });

describe('okr-rollup report', () => {
  it('computes every KR and objective through the planner (json)', async () => {
    const run = await report('json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as Report;
    expect(json.asOf).toBe('2026-11-16');
    const objectives = new Map(json.objectives.map((o) => [o.id, o]));
    const krs = new Map(json.objectives.flatMap((o) => o.keyResults).map((kr) => [kr.id, kr]));
    for (const [id, progress] of Object.entries(EXPECTED)) {
      const value = objectives.get(id)?.progress ?? krs.get(id)?.progress;
      expect({ id, progress: value }).toEqual({ id, progress: expect.closeTo(progress, 10) });
    }
    expect(krs.get('two-epics')).toMatchObject({
      expected: 0.5,
      pace: expect.closeTo(5 / 18 - 0.5, 8),
      status: 'at-risk',
    });
    expect(krs.get('two-epics')?.evidence).toBe('5/18 points done (3/5 issues done, 1 unestimated)');
    expect(krs.get('epic-count')).toMatchObject({ status: 'on-track', evidence: '2/3 issues done' });
    expect(krs.get('okr-label')?.status).toBe('done');
    expect(krs.get('adoption')).toMatchObject({ expected: expect.closeTo(0.35, 10), status: 'on-track' });
    expect(krs.get('checklist')).toMatchObject({ status: 'at-risk', evidence: '1/4 milestones done' });
    expect(objectives.get('team')).toMatchObject({ parent: 'launch', status: 'on-track', expected: 0.5 });
  });

  it('prints an aligned table with percentages and pace in percentage points', async () => {
    const run = await report('table');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('OKR report, 2026-11-16');
    const line = (title: string) => lines.find((l) => l.includes(title)) ?? '';
    expect(line('Launch the platform')).toMatch(
      /^Launch the platform\s+58%\s+50%\s+\+8 pp\s+on-track\s+3 key results, period 2026-Q4$/,
    );
    expect(line('Both epics, by points')).toMatch(
      /^ {2}Both epics, by points\s+28%\s+50%\s+-22 pp\s+at-risk\s+5\/18 points done/,
    );
    expect(line('Weekly active teams')).toMatch(/50%\s+35%\s+\+15 pp\s+on-track\s+5 \(from 0 to 10\)$/);
    const columns = lines.filter((l) => l.includes(' pp ')).map((l) => l.indexOf(' pp '));
    expect(new Set(columns).size).toBe(1);
  });

  it('writes CSV with fractions, one row per objective and KR, quoting titles with commas', async () => {
    const run = await report('csv');
    expect(run.code).toBe(0);
    const parsed = Papa.parse<Record<string, string>>(run.stdout.trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(2 + 7);
    expect(parsed.data[0]).toMatchObject({
      type: 'objective',
      id: 'launch',
      progress: '0.5764',
      expected: '0.5',
      status: 'on-track',
    });
    const team = parsed.data.find((r) => r.id === 'team');
    expect(team).toMatchObject({ title: 'The team ships, with a comma', progress: '0.6042' });
    expect(parsed.data.find((r) => r.id === 'release')).toMatchObject({
      type: 'key-result',
      objective: 'launch',
      progress: '0.6667',
      pace: '0.1667',
      evidence: '2/3 issues done',
    });
  });

  it('writes Markdown: a section per objective and a table of its KRs', async () => {
    const run = await report('markdown');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# OKR report, 2026-11-16');
    expect(run.stdout).toContain('## Launch the platform — 58% (on-track)');
    expect(run.stdout).toContain('| Key result | Progress | Expected | Pace | Status | Evidence |');
    expect(run.stdout).toContain('| Launch checklist | 25% | 50% | -25 pp | at-risk | 1/4 milestones done |');
    expect(run.stdout).toContain('| Labelled work | 100% | 50% | +50 pp | done | 2/2 issues done |');
  });

  it('reports a KR whose epic does not exist as an error, measures the rest, and exits 1', async () => {
    const okrs = GOOD_OKRS.replace(
      '{ epic: TEAM-1 }] }\n      - id: two-epics',
      '{ epic: TEAM-99 }] }\n      - id: two-epics',
    );
    const run = await runCli(['report', '-f', 'o.yaml', '--format', 'json', '--today', '2026-11-16', ...auth], {
      'o.yaml': okrs,
    });
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as Report;
    const krs = json.objectives.flatMap((o) => o.keyResults);
    expect(krs.find((kr) => kr.id === 'epic-count')).toMatchObject({
      status: 'error',
      progress: null,
      error: 'epic TEAM-99 not found',
    });
    expect(krs.find((kr) => kr.id === 'release')?.progress).toBeCloseTo(2 / 3, 10);
    expect(run.stderr).toBe('1 key result(s) could not be measured: epic-count\n');
  });

  it('accepts numeric ids for epics, projects and versions, with the same numbers as keys', async () => {
    const okrs = GOOD_OKRS.replace('{ epic: TEAM-1 }] }', `{ epic: '${site.id('TEAM-1')}' }] }`)
      .replace('{ version: CORE/1.0 }', `{ version: '${site.versionId}' }`)
      .replace('{ project: TEAM }', `{ project: '${site.projectId('TEAM')}' }`);
    const run = await runCli(['report', '-f', 'ids.yaml', '--format', 'json', '--today', '2026-11-16', ...auth], {
      'ids.yaml': okrs,
    });
    expect(run.code).toBe(0);
    const krs = (JSON.parse(run.stdout) as Report).objectives.flatMap((o) => o.keyResults);
    expect(krs.find((kr) => kr.id === 'epic-count')?.progress).toBeCloseTo(EXPECTED['epic-count'], 10);
    expect(krs.find((kr) => kr.id === 'release')?.progress).toBeCloseTo(EXPECTED.release, 10);
    expect(krs.find((kr) => kr.id === 'team-project')?.progress).toBeCloseTo(EXPECTED['team-project'], 10);
  });

  it('reports a JQL scope Jira rejects as an error of that KR', async () => {
    const okrs = GOOD_OKRS.replace("jql: 'labels = okr'", "jql: 'sprint in openSprints()'");
    const run = await runCli(['report', '-f', 'jql.yaml', '--format', 'json', '--today', '2026-11-16', ...auth], {
      'jql.yaml': okrs,
    });
    expect(run.code).toBe(1);
    const kr = (JSON.parse(run.stdout) as Report).objectives
      .flatMap((o) => o.keyResults)
      .find((k) => k.id === 'okr-label');
    expect(kr).toMatchObject({ status: 'error', progress: null });
    expect(kr?.error).toMatch(/^Jira refresh failed: /);
    expect(run.stderr).toBe('1 key result(s) could not be measured: okr-label\n');
  });
});
