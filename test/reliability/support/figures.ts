/**
 * Figures a reliability scenario reports: each test file records rows, written as JSON into the directory the
 * global setup created (RELIABILITY_FIGURES_DIR); the reporter prints them all as one table at the end of the run.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type FigureValue = number | string;

const rows: { part: string; scenario: string; figure: string; value: FigureValue; limit?: string }[] = [];

export function figure(part: string, scenario: string, name: string, value: FigureValue, limit?: string): void {
  rows.push({ part, scenario, figure: name, value, ...(limit === undefined ? {} : { limit }) });
  const dir = process.env.RELIABILITY_FIGURES_DIR;
  if (!dir) return;
  const file = join(dir, `${part}-${scenario}.json`.replace(/[^\w.-]+/g, '_'));
  writeFileSync(file, JSON.stringify(rows.filter((r) => r.part === part && r.scenario === scenario)));
}
