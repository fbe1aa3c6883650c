/** `okr-rollup import` into a sandbox started in-process (demo site), through its invoke API and Jira over HTTP. */
import type { PortfolioView } from '../../src/contract';
import { parseOkrFile } from '../../src/cli/okr-file';
import { startTestSandbox, type TestSandbox } from '../sandbox/server/harness';
import { closedPort, runCli } from './support/cli-harness';

jest.setTimeout(120_000);

const ADA = '712020:5a4d0000-0000-4000-8000-000000000001';
let sandbox: TestSandbox;
let env: Record<string, string>;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  env = { OKR_SITE: sandbox.url, OKR_APP: sandbox.url, OKR_EMAIL: 'ada@okr-sandbox.test', OKR_TOKEN: 'sandbox-ada' };
});
afterAll(() => sandbox.close());

async function invokeApp<T>(key: string, payload: unknown): Promise<T> {
  const response = await fetch(`${sandbox.url}/sandbox/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ key, payload, accountId: ADA }),
  });
  const body = (await response.json()) as { ok: true; data: T };
  return body.data;
}

async function totals(): Promise<PortfolioView['totals']> {
  return (await invokeApp<PortfolioView>('okr/portfolio', { periodId: '2026-Q4' })).totals;
}

const okrs = (epic: string) => `periods: [{ id: 2026-Q4, start: 2026-10-01, end: 2026-12-31 }]
objectives:
  - id: child
    title: Imported child
    period: 2026-Q4
    parent: { id: parent, weight: 2 }
    keyResults:
      - { id: epic, title: Imported epic KR, source: { type: jira, targets: [{ epic: ${epic} }, { version: PLAT/2026.12 }] } }
      - { id: list, title: Imported checklist, source: { type: milestones, items: [{ title: a, done: true }, { title: b }] } }
  - id: parent
    title: Imported parent
    period: 2026-Q4
    level: department
    keyResults:
      - { id: metric, title: Imported metric, source: { type: metric, start: 0, target: 4, current: 1, direction: increase } }
`;

describe('okr-rollup import', () => {
  it('creates parents before children, with Jira keys resolved to ids, and reports what it created', async () => {
    const before = await totals();
    const run = await runCli(['import', '--file', 'okrs.yaml'], { 'okrs.yaml': okrs('PLAT-3') }, env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.map((l) => l.replace(/→ .*/, '→ id'))).toEqual([
      'objective parent → id',
      'key-result metric → id',
      'objective child → id',
      'key-result epic → id',
      'key-result list → id',
      `Imported 2 objective(s) and 3 key result(s) from okrs.yaml into ${sandbox.url}.`,
    ]);
    const after = await totals();
    expect(after.objectives - before.objectives).toBe(2);
    expect(after.keyResults - before.keyResults).toBe(3);
  });

  it('imports nothing when a Jira target or a period does not resolve', async () => {
    const before = await totals();
    const bad = okrs('PLAT-9999')
      .replace('period: 2026-Q4\n    level', 'period: 2031-Q1\n    level')
      .replace(
        'periods: [{ id: 2026-Q4, start: 2026-10-01, end: 2026-12-31 }]',
        'periods: [{ id: 2026-Q4, start: 2026-10-01, end: 2026-12-31 }, { id: 2031-Q1, start: 2031-01-01, end: 2031-03-31 }]',
      );
    const run = await runCli(['import', '--file', 'bad.yaml'], { 'bad.yaml': bad }, env);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^objective parent: the app has no period 2031-Q1 \(it has .*2026-Q4.*\)$/m);
    expect(run.stderr).toMatch(/^key result epic: epic PLAT-9999 not found$/m);
    expect(run.stderr).toMatch(/Nothing was imported from bad\.yaml\.\n$/);
    expect(await totals()).toEqual(before);
  });

  it('is idempotent: the same file twice creates nothing the second time (matched by title, then by exported id)', async () => {
    const file = `periods: [{ id: 2026-Q4, start: 2026-10-01, end: 2026-12-31 }]
objectives:
  - id: twice
    title: Imported twice
    period: 2026-Q4
    keyResults:
      - { id: twice-kr, title: Imported twice KR, source: { type: milestones, items: [{ title: a }] } }
`;
    const before = await totals();
    const first = await runCli(['import', '--file', 'okrs.yaml'], { 'okrs.yaml': file }, env);
    expect(first.code).toBe(0);
    const after = await totals();
    // One objective and one KR more: 1 and 1.
    expect([after.objectives - before.objectives, after.keyResults - before.keyResults]).toEqual([1, 1]);
    const appIds = first.stdout.split('\n').flatMap((l) => /→ (\S+)$/.exec(l)?.[1] ?? []);

    const second = await runCli(['import', '--file', 'okrs.yaml'], { 'okrs.yaml': file }, env);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(
      `objective twice = ${appIds[0]} (already in the app)\n` +
        `key-result twice-kr = ${appIds[1]} (already in the app)\n` +
        `Imported 0 objective(s) and 0 key result(s) from okrs.yaml into ${sandbox.url}; 2 already there, left as they are.\n`,
    );
    expect(await totals()).toEqual(after);

    // A file from export names the app's ids: a renamed title still matches by id.
    const exported = file.replace(
      'id: twice\n    title: Imported twice',
      `id: ${appIds[0]}\n    title: Renamed locally`,
    );
    const third = await runCli(['import', '--file', 'okrs.yaml'], { 'okrs.yaml': exported }, env);
    expect(third.stdout).toContain(`objective ${appIds[0]} = ${appIds[0]} (already in the app)`);
    expect(await totals()).toEqual(after);
  });

  it('owners by email or account id, resolved through the site; an unknown one imports nothing', async () => {
    const BEN = '712020:5a4d0000-0000-4000-8000-000000000002';
    const DAN = '712020:5a4d0000-0000-4000-8000-000000000004';
    const file = (objectiveOwner: string) => `periods: [{ id: 2026-Q4, start: 2026-10-01, end: 2026-12-31 }]
objectives:
  - id: owned
    title: Imported with owners
    period: 2026-Q4
    owners: [${objectiveOwner}]
    keyResults:
      - { id: owned-kr, title: Imported owned KR, owners: ['${DAN}'], source: { type: milestones, items: [{ title: a }] } }
`;
    const before = await totals();
    const bad = await runCli(['import', '--file', 'bad.yaml'], { 'bad.yaml': file('nobody@okr-sandbox.test') }, env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^objective owned: owner no Jira user has the email nobody@okr-sandbox.test$/m);
    expect(await totals()).toEqual(before);

    const run = await runCli(['import', '--file', 'okrs.yaml'], { 'okrs.yaml': file('Ben@okr-sandbox.test') }, env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const portfolio = await invokeApp<PortfolioView>('okr/portfolio', { periodId: '2026-Q4' });
    const flat = (nodes: PortfolioView['roots']): PortfolioView['roots'] =>
      nodes.flatMap((n) => [n, ...flat(n.children)]);
    const owned = flat(portfolio.roots).find((o) => o.title === 'Imported with owners');
    expect(owned?.owners.map((u) => u.accountId)).toEqual([BEN]);
    expect(owned?.keyResults[0]?.owners.map((u) => u.accountId)).toEqual([DAN]);
  });

  it('says in one sentence when the app cannot be reached', async () => {
    const port = await closedPort();
    const run = await runCli(
      ['import', '--file', 'okrs.yaml', '--app', `http://127.0.0.1:${port}`],
      { 'okrs.yaml': okrs('PLAT-3') },
      env,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `Cannot reach the app's sandbox at http://127.0.0.1:${port} (ECONNREFUSED); start it with \`npm start\` or pass --app.\n`,
    );
  });

  it('exports a period as a file that reads back, with Jira ids named by key', async () => {
    const run = await runCli(['export', '--period', '2026-Q4'], {}, env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const read = parseOkrFile(run.stdout);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const parent = read.file.objectives.find((o) => o.title === 'Imported parent');
    const child = read.file.objectives.find((o) => o.title === 'Imported child');
    expect(parent).toMatchObject({ level: 'department', period: '2026-Q4' });
    expect(child?.parent).toEqual({ id: parent?.id, weight: 2 });
    expect(child?.keyResults.map((kr) => kr.source)).toEqual([
      {
        type: 'jira',
        measure: 'count',
        includeSubtasks: false,
        targets: [{ epic: 'PLAT-3' }, { version: 'PLAT/2026.12' }],
      },
      {
        type: 'milestones',
        items: [
          { title: 'a', done: true },
          { title: 'b', done: false },
        ],
      },
    ]);
    const again = await runCli(
      ['report', '-f', 'exported.yaml', '--format', 'json'],
      { 'exported.yaml': run.stdout },
      env,
    );
    expect(again.code).toBe(0);
  });

  it('says so when the app has no such period', async () => {
    const run = await runCli(['export', '--period', '1999-Q1'], {}, env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^The app refused the portfolio of 1999-Q1: .+\n$/);
  });
});
