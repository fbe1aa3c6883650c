import { useEffect, useRef, useState } from 'react';
import type { CheckQualityPayload, QualityFindingDto } from '../../../../src/contract';
import { useServices } from '../../app-context';

/** A pause in typing this long asks for hints: often enough to feel live, rarely enough to stay cheap. */
export const HINTS_DEBOUNCE_MS = 400;

/**
 * Quality findings for a form's draft, asked for once the draft has been still for {@link HINTS_DEBOUNCE_MS}.
 * `draft` undefined (no title yet) clears them. Hints are advice: when the check fails or is not available the form
 * simply shows none, and an answer for an older draft never replaces a newer one.
 */
export function useQualityHints(draft: CheckQualityPayload | undefined): QualityFindingDto[] {
  const { api } = useServices();
  const [findings, setFindings] = useState<QualityFindingDto[]>([]);
  const latest = useRef(0);
  const key = draft === undefined ? '' : JSON.stringify(draft);

  useEffect(() => {
    const request = ++latest.current;
    if (key === '') return undefined;
    const timer = setTimeout(() => {
      api.checkQuality(JSON.parse(key) as CheckQualityPayload).then(
        (answer) => request === latest.current && setFindings(answer),
        () => request === latest.current && setFindings([]),
      );
    }, HINTS_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [api, key]);

  // Unmounted: no answer may land after the form is gone.
  useEffect(() => () => void (latest.current = -1), []);
  // A cleared draft shows nothing at once; the next draft's tips replace the last ones when they arrive.
  return key === '' ? [] : findings;
}
