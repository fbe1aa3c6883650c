import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createApi, type Bridge } from '../../static/src/api';
import { ServicesContext } from '../../static/src/app-context';
import type { ForgeContext } from '../../static/src/forge-context';

/** A resolver's answers, one per call (the last repeats), or a function of the payload. */
type Answers = Record<string, unknown[] | ((payload: Record<string, unknown>) => unknown)>;

/** A stand-in for @forge/bridge: answers resolver calls from a table and records every call made. */
export function fakeBridge(answers: Answers, context: Partial<ForgeContext> = {}) {
  const calls: { key: string; payload: Record<string, unknown> }[] = [];
  const submitted: unknown[] = [];
  const served: Record<string, number> = {};
  const bridge: Bridge = {
    async invoke<T>(key: string, payload: Record<string, unknown> = {}) {
      calls.push({ key, payload });
      const answer = answers[key];
      if (typeof answer === 'function') return answer(payload) as T;
      if (!answer) return { ok: false, error: { code: 'NOT_AVAILABLE_YET', message: `${key} is not available yet` } } as T;
      const n = served[key] ?? 0;
      served[key] = n + 1;
      return answer[Math.min(n, answer.length - 1)] as T;
    },
    view: {
      getContext: async () => ({ moduleKey: 'okr-issue-panel', extension: {}, ...context }),
      submit: async (payload) => {
        submitted.push(payload);
      },
      theme: { enable: async () => undefined },
    },
  };
  return { bridge, calls, submitted, callsTo: (key: string) => calls.filter((c) => c.key === key) };
}

/** Renders a view as the app does: with the real api.ts over a fake bridge, in a given Forge context. */
export function renderView(ui: ReactElement, answers: Answers, context: Partial<ForgeContext> = {}) {
  const fake = fakeBridge(answers, context);
  const services = {
    api: createApi(fake.bridge),
    context: { moduleKey: 'okr-issue-panel', extension: {}, ...context } as ForgeContext,
  };
  const result = render(<ServicesContext.Provider value={services}>{ui}</ServicesContext.Provider>);
  return { ...result, ...fake };
}
