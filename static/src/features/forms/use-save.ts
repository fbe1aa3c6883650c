import { useState } from 'react';
import { toApiError, type ApiError } from '../../errors';

/** One save at a time; the error stays until the next attempt so messages stay next to their fields. */
export function useSave() {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function run<T>(write: () => Promise<T>): Promise<T | undefined> {
    setSaving(true);
    setError(null);
    try {
      return await write();
    } catch (cause) {
      setError(toApiError(cause));
      return undefined;
    } finally {
      setSaving(false);
    }
  }

  return { saving, error, run };
}
