/** `npm start`'s script: a port in use, an unreadable data folder and a bad option end with a clear message. */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { tempDataDir } from './harness';

jest.setTimeout(60_000);

const ROOT = resolve(__dirname, '../../..');

function runStart(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/start.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => done({ code, output }));
  });
}

test('a port in use: the message says so and the exit code is 1', async () => {
  const blocker = createServer();
  await new Promise<void>((ready) => blocker.listen(0, '127.0.0.1', ready));
  const port = (blocker.address() as { port: number }).port;
  try {
    const { code, output } = await runStart(['--data', tempDataDir()], { PORT: String(port) });
    expect(code).toBe(1);
    expect(output).toContain(`Port ${port} is already in use`);
    expect(output).not.toMatch(/\n\s+at /); // a message, not a stack trace
  } finally {
    await new Promise((closed) => blocker.close(closed));
  }
});

test('an unreadable data folder: the message names it and advises --reset, and the exit code is 1', async () => {
  const dir = tempDataDir();
  writeFileSync(join(dir, 'sandbox.json'), 'not json');
  const { code, output } = await runStart(['--data', dir], { PORT: '0' });
  expect(code).toBe(1);
  expect(output).toContain(`Cannot use the sandbox data folder ${dir}`);
  expect(output).toContain('--reset');
});

test('an unknown option prints the usage and exits with 2', async () => {
  const { code, output } = await runStart(['--frobnicate']);
  expect(code).toBe(2);
  expect(output).toContain("Unknown option '--frobnicate'");
  expect(output).toContain('Usage: npm start');
});
