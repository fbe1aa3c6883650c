/** Creates the directory the reliability scenarios write their figures into (read by figures-reporter.mjs). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function globalSetup(): void {
  process.env.RELIABILITY_FIGURES_DIR = mkdtempSync(join(tmpdir(), 'okr-reliability-'));
}
