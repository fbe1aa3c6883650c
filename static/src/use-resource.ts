import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, toApiError } from './errors';

export type Resource<T> =
  | { state: 'loading'; reload: () => void }
  | { state: 'ready'; data: T; reload: () => void }
  | { state: 'error'; error: ApiError; reload: () => void };

/**
 * Loads data for a view and reloads when `key` changes (a string, so callers need no dependency arrays).
 * Each answer is tagged with the request it answers: an older answer never shows under newer filters, and a view
 * is "loading" exactly while its latest request has no answer.
 */
export function useResource<T>(key: string, load: () => Promise<T>): Resource<T> {
  const loadRef = useRef(load);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ tag: string; data?: T; error?: ApiError } | null>(null);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const tag = `${key}#${attempt}`;

  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    let current = true;
    loadRef.current().then(
      (data) => current && setResult({ tag, data }),
      (cause: unknown) => current && setResult({ tag, error: toApiError(cause) }),
    );
    return () => {
      current = false;
    };
  }, [tag]);

  if (!result || result.tag !== tag) return { state: 'loading', reload };
  if (result.error) return { state: 'error', error: result.error, reload };
  return { state: 'ready', data: result.data as T, reload };
}
