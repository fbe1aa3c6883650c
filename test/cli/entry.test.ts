/** The installed entry (bin/okr-rollup through tsx) and the progress line on a terminal. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { progressLine } from '../../src/cli/progress-line';

const ROOT = join(__dirname, '..', '..');

describe('bin/okr-rollup', () => {
  it('runs the TypeScript entry: help on --help, exit 0', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'okr-rollup'), '--help'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: okr-rollup <command> [options]');
  });

  it('exits 2 on a file it cannot read, before touching Jira', () => {
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'okr-rollup'), 'report', '--file', join(__dirname, 'no-such.yaml')],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^Cannot read .*no-such\.yaml \(ENOENT\)\.\n$/);
  });
});

describe('progressLine', () => {
  it('rewrites one line on a terminal and clears it when done', () => {
    let out = '';
    let now = 0;
    const line = progressLine(
      (t) => (out += t),
      true,
      () => now,
    );
    line.step('resolving 3 Jira targets');
    now = 1500;
    line.step('measuring 2 key results');
    line.done();
    expect(out).toBe('\r\x1b[2K… resolving 3 Jira targets (0.0 s)\r\x1b[2K… measuring 2 key results (1.5 s)\r\x1b[2K');
  });

  it('writes nothing when stderr is not a terminal', () => {
    let out = '';
    const line = progressLine((t) => (out += t), false);
    line.step('anything');
    line.done();
    expect(out).toBe('');
  });
});
