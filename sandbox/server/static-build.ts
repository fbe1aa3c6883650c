/** The sandbox serves the built UI: build it when static/dist is missing (or when asked), with the repo's script. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DIST_DIR, REPO_ROOT } from './paths';

export function ensureStaticBuild(options: { force?: boolean; log?: (line: string) => void } = {}): void {
  if (!options.force && existsSync(join(DEFAULT_DIST_DIR, 'index.html'))) return;
  options.log?.(options.force ? 'Building the UI (static/)…' : 'static/dist is missing: building the UI (static/)…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    throw new Error(`Building the UI failed (npm run build exited with ${result.status ?? result.signal}).`);
  }
}
