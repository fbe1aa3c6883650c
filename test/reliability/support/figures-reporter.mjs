/** Prints the figures every reliability scenario recorded (support/figures.ts) as one table after the run. */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

class FiguresReporter {
  onRunComplete() {
    const dir = process.env.RELIABILITY_FIGURES_DIR;
    if (!dir) return;
    const rows = readdirSync(dir)
      .sort()
      .flatMap((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')));
    rmSync(dir, { recursive: true, force: true });
    if (rows.length === 0) return;
    const header = { part: 'part', scenario: 'scenario', figure: 'figure', value: 'value', limit: 'held against' };
    const all = [header, ...rows.map((r) => ({ ...r, value: String(r.value), limit: r.limit ?? '' }))];
    const keys = Object.keys(header);
    const width = Object.fromEntries(keys.map((k) => [k, Math.max(...all.map((r) => String(r[k]).length))]));
    const line = (r) =>
      keys
        .map((k) => String(r[k]).padEnd(width[k]))
        .join('  ')
        .trimEnd();
    const out = ['', 'Reliability figures', line(header), keys.map((k) => '-'.repeat(width[k])).join('  ')];
    let part;
    for (const r of rows) {
      if (part !== undefined && r.part !== part) out.push('');
      part = r.part;
      out.push(line({ ...r, value: String(r.value), limit: r.limit ?? '' }));
    }
    process.stdout.write(`${out.join('\n')}\n\n`);
  }
}

export default FiguresReporter;
