/** The app's resolvers through the local sandbox's invoke API (`POST /sandbox/invoke`), as a given acting user. */
import { networkReason } from './site';

export type ResolverAnswer = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };

export type Invoke = (key: string, payload: unknown) => Promise<ResolverAnswer>;

/** Thrown when the app cannot be reached at all, with one sentence for the user. */
export class AppUnreachableError extends Error {
  override readonly name = 'AppUnreachableError';
}

export function createInvoke(
  appUrl: string,
  accountId: string,
  fetch: typeof globalThis.fetch = globalThis.fetch,
): Invoke {
  const url = new URL('/sandbox/invoke', appUrl);
  return async (key, payload) => {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ key, payload, accountId }),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      throw new AppUnreachableError(
        `Cannot reach the app's sandbox at ${appUrl} (${networkReason(error)}); start it with \`npm start\` or pass --app.`,
      );
    }
    const body = (await response.json().catch(() => undefined)) as
      ResolverAnswer | { error?: { message?: string } } | undefined;
    if (body && 'ok' in body) return body;
    const message = body?.error?.message ?? `HTTP ${response.status}`;
    return { ok: false, error: { code: `HTTP_${response.status}`, message } };
  };
}
