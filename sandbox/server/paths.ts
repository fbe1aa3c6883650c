import { join, resolve } from 'node:path';

/** The repository root, from this file's place in it (sandbox/server). */
export const REPO_ROOT = resolve(__dirname, '../..');
/** Where `npm run build` writes the Custom UI: the folder the manifest's `ui` resource points at. */
export const DEFAULT_DIST_DIR = join(REPO_ROOT, 'static', 'dist');
export const HOST_ASSETS_DIR = join(REPO_ROOT, 'sandbox', 'host');
