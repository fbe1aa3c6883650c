/** The e2e suites serve the built UI: build it once if static/dist is missing. */
import { ensureStaticBuild } from '../../sandbox/server/static-build';

export default function globalSetup(): void {
  ensureStaticBuild({ log: (line) => console.log(line) });
}
