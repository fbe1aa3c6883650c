import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, toApiError } from './errors';

export type Resource<T> =
  | { state: 'loading'; reload: () => void }
  | { state: 'ready'; data: T; reload: () => void }
  | { state: 'error'; error: ApiError; reload: () => void };

/**
 * Loads data for a view and reloads when `key` changes (a string, so callers need no dependency arrays).
 * Answers that arrive after a newer request started are dropped, so a fast filter change never shows stale rows.
 */
export function useResource<T>(key: string, load: () => Promise<T>): Resource<T> {
  const loadRef = useRef(load);
  loadRef.current = load;
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ data?: T; error?: ApiError; for: string } | null>(null);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    const tag = `${key}#${attempt}`;
    setResult(null);
    loadRef.current().then(
      (data) => current && setResult({ data, for: tag }),
      (cause: unknown) => current && setResult({ error: toApiError(cause), for: tag }),
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);

  if (!result) return { state: 'loading', reload };
  if (result.error) return { state: 'error', error: result.error, reload };
  return { state: 'ready', data: result.data as T, reload };
}
