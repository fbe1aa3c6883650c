/** What the CLI says when the file, the site or the command is wrong: clear sentences, non-zero exits, no work done. */
import { ALICE, seedSmallSite, T0, type SmallSite } from '../integration/jira/support/small-site';
import { closedPort, runCli } from './support/cli-harness';
import { GOOD_OKRS } from './support/okrs';

let site: SmallSite;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  site = seedSmallSite({ clock: { now: () => T0 } });
  server = await site.sim.listen(0, '127.0.0.1');
});
afterAll(() => server.close());

const BAD_OKRS = `timeZone: Mars/Olympus
periods:
  - id: Q4
    start: 2026-10-01
    end: 2026-09-30
objectives:
  - id: o1
    title: ""
    period: Q9
    keyResults:
      - id: k1
        title: KR
        source:
          type: jira
          targets: [{ epic: PLAT 1 }, { project: TEAM, jql: "x = y" }]
      - id: k1
        title: KR2
        weight: -1
        source: { type: metric, start: 1, target: 1, current: 0, direction: increase }
        colour: red
  - id: o2
    period: Q4
    parent: { id: nowhere }
`;

describe('okr-rollup report: a bad OKR file', () => {
  it('lists every error with its line and field path, exits 2 and calls nothing', async () => {
    site.sim.meter.reset();
    const run = await runCli(
      ['report', '--file', 'bad.yaml', '--site', server.url, '--email', ALICE.email, '--token', ALICE.apiToken],
      {
        'bad.yaml': BAD_OKRS,
      },
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([
      'bad.yaml:1: timeZone: must be an IANA time zone, e.g. Europe/Paris',
      'bad.yaml:5: periods[0].end: must not be before start',
      'bad.yaml:8: objectives[0].title: must not be empty',
      'bad.yaml:9: objectives[0].period: names no period listed under periods: Q9',
      'bad.yaml:15: objectives[0].keyResults[0].source.targets[0].epic: must be an epic key like PLAT-3 or a numeric id',
      'bad.yaml:15: objectives[0].keyResults[0].source.targets[1]: must name exactly one of epic, project, version or jql',
      'bad.yaml:16: objectives[0].keyResults[1].id: repeats an earlier key result id',
      'bad.yaml:18: objectives[0].keyResults[1].weight: must not be negative',
      'bad.yaml:19: objectives[0].keyResults[1].source.target: must differ from start',
      'bad.yaml:20: objectives[0].keyResults[1].colour: is not a known field',
      'bad.yaml:21: objectives[1].title: is required',
      'bad.yaml:23: objectives[1].parent.id: names no objective in this file: nowhere',
      '12 errors in bad.yaml; nothing was done.',
      '',
    ]);
    expect(site.sim.meter.calls).toBe(0);
  });

  it('reports YAML syntax errors with their lines', async () => {
    const run = await runCli(['report', '-f', 'broken.yaml'], {
      'broken.yaml': 'periods:\n  - id: Q4\n    start: [2026\nobjectives: []\n',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^broken\.yaml:\d+: .+/);
    expect(run.stderr).toMatch(/nothing was done\.\n$/);
  });

  it('says so when the file cannot be read', async () => {
    const run = await runCli(['report', '-f', 'missing.yaml']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'Cannot read missing.yaml (ENOENT).\n' });
  });
});

describe('okr-rollup report: the site', () => {
  it('a bad token gets one sentence and exit 1', async () => {
    const run = await runCli(
      ['report', '-f', 'okrs.yaml', '--site', server.url, '--email', ALICE.email, '--token', 'wrong'],
      {
        'okrs.yaml': GOOD_OKRS,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `The Jira site at ${server.url} rejected the API token for ${ALICE.email} (HTTP 401); check --email and --token (or OKR_EMAIL and OKR_TOKEN).\n`,
    );
  });

  it('reads the site and credentials from OKR_SITE, OKR_EMAIL and OKR_TOKEN', async () => {
    const env = { OKR_SITE: server.url, OKR_EMAIL: ALICE.email, OKR_TOKEN: ALICE.apiToken };
    const run = await runCli(['report', '-f', 'okrs.yaml', '--format', 'json'], { 'okrs.yaml': GOOD_OKRS }, env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('an unreachable host gets one sentence and exit 1', async () => {
    const port = await closedPort();
    const run = await runCli(
      ['report', '-f', 'okrs.yaml', '--site', `http://127.0.0.1:${port}`, '--email', 'a@b.c', '--token', 't'],
      {
        'okrs.yaml': GOOD_OKRS,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `Cannot reach the Jira site at http://127.0.0.1:${port} (ECONNREFUSED); check --site or OKR_SITE, or start the sandbox with \`npm start\`.\n`,
    );
  });

  it('a file without Jira sources needs no site at all', async () => {
    const okrs =
      'periods: [{ id: Q4, start: 2026-10-01, end: 2026-12-31 }]\nobjectives:\n  - id: o\n    title: O\n    period: Q4\n    keyResults:\n      - { id: m, title: M, source: { type: milestones, items: [{ title: a, done: true }, { title: b }] } }\n';
    const run = await runCli(['report', '-f', 'o.yaml', '--site', 'http://127.0.0.1:1', '--today', '2026-11-16'], {
      'o.yaml': okrs,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ {2}M\s+50%\s+50%\s+0 pp\s+on-track\s+1\/2 milestones done/);
  });
});

describe('okr-rollup: usage', () => {
  it('rejects an unknown format, option or command with exit 2', async () => {
    expect((await runCli(['report', '-f', 'x', '--format', 'xml'])).code).toBe(2);
    expect((await runCli(['report', '--colour'])).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
    expect((await runCli(['report', '-f', 'x', '--today', '16/11/2026'])).code).toBe(2);
  });

  it('prints help on --help', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: okr-rollup <command> [options]');
  });
});
