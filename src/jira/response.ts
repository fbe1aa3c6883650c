import type { JiraResponse } from '../platform';

/**
 * A response whose body has already been read. A fetch body can be read once; a decorator that looks at it (metering)
 * hands this on so the layers above can still read it.
 */
export function bufferedResponse(source: JiraResponse, text: string): JiraResponse {
  return {
    status: source.status,
    headers: source.headers,
    text: () => Promise.resolve(text),
  };
}

export function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}
