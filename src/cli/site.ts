/** Where the CLI reads Jira: flags, then OKR_* environment variables, then the local sandbox's demo user. */
import type { JiraFetch } from '../platform';

export const SANDBOX_SITE = { site: 'http://127.0.0.1:8787', email: 'ada@okr-sandbox.test', token: 'sandbox-ada' };

export interface SiteOptions {
  site: string;
  email: string;
  token: string;
}

export function siteOptions(
  flags: Partial<SiteOptions>,
  env: Readonly<Record<string, string | undefined>>,
): SiteOptions {
  const site = flags.site ?? env.OKR_SITE;
  const usingSandbox = site === undefined;
  return {
    site: site ?? SANDBOX_SITE.site,
    email: flags.email ?? env.OKR_EMAIL ?? (usingSandbox ? SANDBOX_SITE.email : ''),
    token: flags.token ?? env.OKR_TOKEN ?? (usingSandbox ? SANDBOX_SITE.token : ''),
  };
}

/**
 * One cheap call before any work (`GET /myself`, 1 point), so a wrong URL, a dead host or a bad token gets one clear
 * sentence instead of a stack of per-KR failures. Answers the sentence, or undefined when the site lets us in.
 */
export async function checkSite(fetch: JiraFetch, options: SiteOptions): Promise<string | undefined> {
  let status: number;
  try {
    status = (await fetch('/rest/api/3/myself')).status;
  } catch (error) {
    return `Cannot reach the Jira site at ${options.site} (${networkReason(error)}); check --site or OKR_SITE, or start the sandbox with \`npm start\`.`;
  }
  if (status === 401 || status === 403) {
    return `The Jira site at ${options.site} rejected the API token for ${options.email || '(no e-mail)'} (HTTP ${status}); check --email and --token (or OKR_EMAIL and OKR_TOKEN).`;
  }
  if (status >= 400) {
    return `The Jira site at ${options.site} answered HTTP ${status} to a sign-in check; is it a Jira Cloud site?`;
  }
  return undefined;
}

/** The most specific cause of a failed fetch: an errno code (ECONNREFUSED), a timeout, or the message. */
export function networkReason(error: unknown): string {
  for (let e: unknown = error, i = 0; e && i < 5; e = (e as { cause?: unknown }).cause, i += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    if (e instanceof Error && e.name === 'TimeoutError') return 'timed out';
  }
  return error instanceof Error ? error.message : String(error);
}
