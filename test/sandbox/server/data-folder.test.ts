/** The data folder: the sandbox comes back as it was, refuses a folder it cannot read, and never wipes one. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { PortInUseError, SandboxDataError, startSandbox } from '../../../sandbox/server';
import { demoUser } from '../../../sandbox/demo/users';
import { basic, request, startTestSandbox, tempDataDir } from './harness';

jest.setTimeout(90_000);

const ada = demoUser('ada');

test('a restart keeps storage, the Jira changes, gadget settings and the clock, without seeding again', async () => {
  const first = await startTestSandbox();
  const { runtime } = first.sandbox;
  const key = 'PLAT-40';
  const target = runtime.sim.issue(key)?.status === 'Done' ? 'To Do' : 'Done';
  const transitions = await request<{ transitions: { id: string; to: { name: string } }[] }>(
    `${first.url}/rest/api/3/issue/${key}/transitions`,
    { headers: { authorization: basic(ada.email, ada.apiToken) } },
  );
  const id = transitions.body.transitions.find((t) => t.to.name === target)?.id;
  await request(`${first.url}/rest/api/3/issue/${key}/transitions`, {
    method: 'POST',
    headers: { authorization: basic(ada.email, ada.apiToken) },
    json: { transition: { id } },
  });
  const simulated = await request<{ to: string }>(`${first.url}/sandbox/simulate`, {
    method: 'POST',
    json: { days: 1 },
  });
  await request(`${first.url}/sandbox/bridge`, {
    method: 'POST',
    json: {
      type: 'submit',
      payload: { view: 'burnup' },
      frame: { moduleKey: 'okr-gadget', gadgetId: '10002', entryPoint: 'edit' },
    },
  });
  const statuses = new Map(runtime.sim.issues().map((i) => [i.key, i.status]));
  const issueCount = runtime.sim.issues().length;
  const objectives = runtime.state.demo?.objectives;
  const storedObjective = await runtime.repos.objectives.get(objectives?.company ?? '');
  await first.close({ keepData: true });

  const second = await startTestSandbox(first.dir);
  try {
    const again = second.sandbox.runtime;
    expect(again.sim.issues().length).toBe(issueCount);
    expect(new Map(again.sim.issues().map((i) => [i.key, i.status]))).toEqual(statuses);
    expect(again.sim.issue(key)?.status).toBe(target);
    expect(again.state.demo?.objectives).toEqual(objectives);
    expect(await again.repos.objectives.get(objectives?.company ?? '')).toEqual(storedObjective);
    expect(again.state.gadgets['10002']).toEqual({ view: 'burnup' });
    expect(again.clock.now().getTime()).toBeGreaterThanOrEqual(Date.parse(simulated.body.to));
  } finally {
    await second.close();
  }
});

describe('a data folder the sandbox cannot read', () => {
  const expectRefusal = async (dir: string, fileName: string, why: RegExp) => {
    const before = readFileSync(join(dir, fileName));
    const attempt = startSandbox({ port: 0, dataDir: dir, pumpIntervalMs: 0 });
    await expect(attempt).rejects.toThrow(SandboxDataError);
    await expect(attempt).rejects.toThrow(dir);
    await expect(attempt).rejects.toThrow('--reset');
    await expect(attempt).rejects.toThrow(why);
    expect(readFileSync(join(dir, fileName))).toEqual(before);
  };

  test('a corrupt sandbox.json is reported with the path and --reset advice, and left untouched', async () => {
    const dir = tempDataDir();
    writeFileSync(join(dir, 'sandbox.json'), '{"format":"okr-sandbox", trunc');
    await expectRefusal(dir, 'sandbox.json', /sandbox\.json is not readable JSON/);
  });

  test('a corrupt kvs.json is reported and left untouched', async () => {
    const seeded = await startTestSandbox();
    await seeded.close({ keepData: true });
    writeFileSync(join(seeded.dir, 'kvs.json'), '{"format":"forge-kvs-emulator","version":1,"plain":[]}');
    await expectRefusal(seeded.dir, 'kvs.json', /kvs\.json cannot be loaded/);
    expect(existsSync(join(seeded.dir, 'sandbox.json'))).toBe(true);
  });

  test('storage without the sandbox state is refused rather than reseeded over', async () => {
    const dir = tempDataDir();
    writeFileSync(join(dir, 'kvs.json'), '{}');
    await expectRefusal(dir, 'kvs.json', /sandbox\.json is missing/);
  });

  test('--reset starts afresh, deleting only the sandbox’s own files', async () => {
    const dir = tempDataDir();
    writeFileSync(join(dir, 'sandbox.json'), 'garbage');
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const fresh = await startTestSandbox(dir, { reset: true });
    try {
      expect(fresh.sandbox.runtime.state.demo).not.toBeNull();
      expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    } finally {
      await fresh.close();
    }
  });
});

test('a port in use is reported clearly', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as { port: number }).port;
  const dir = tempDataDir();
  try {
    const attempt = startSandbox({ port, dataDir: dir, pumpIntervalMs: 0 });
    await expect(attempt).rejects.toThrow(PortInUseError);
    await expect(attempt).rejects.toThrow(`Port ${port} is already in use`);
    expect(existsSync(join(dir, 'sandbox.json'))).toBe(false);
  } finally {
    await new Promise((resolve) => blocker.close(resolve));
  }
});
