import type { AboutData } from '../contract';
import { ok } from './result';

export const APP_VERSION = '0.1.0';

/** What this build can do, so the UI never offers a feature that is not there. */
export function about(available: readonly string[]) {
  return ok<AboutData>({ app: 'okr-rollup-for-jira', version: APP_VERSION, available: [...available] });
}
