/**
 * createApp(platform): the one composition shared by Forge (src/index.ts) and the sandbox. Everything the handlers
 * need comes from the platform object, so the same code runs against real and emulated services.
 */
import Resolver from '@forge/resolver';
import type { Platform } from './platform';
import { RESOLVER_KEYS } from './contract';
import { about } from './entry/about';
import { notAvailableYet } from './entry/not-available';

export interface WebTriggerResponse {
  statusCode: number;
  headers: Record<string, string[]>;
  body: string;
}

export interface App {
  /** The handler Forge calls for every `invoke` from the Custom UI. */
  resolver: ReturnType<Resolver['getDefinitions']>;
  onIssueEvent(event: unknown, context?: unknown): Promise<unknown>;
  onDailySchedule(event?: unknown, context?: unknown): Promise<unknown>;
  onRecompute(event: unknown, context?: unknown): Promise<unknown>;
  onMetricsWebtrigger(request: unknown, context?: unknown): Promise<WebTriggerResponse>;
}

/** Resolver keys built so far; grows as handlers stop answering "not available yet". */
const AVAILABLE: readonly string[] = [RESOLVER_KEYS.about];

export function createApp(_platform: Platform): App {
  const resolver = new Resolver().define(RESOLVER_KEYS.about, () => about(AVAILABLE));
  for (const key of Object.values(RESOLVER_KEYS)) {
    if (!AVAILABLE.includes(key)) resolver.define(key, () => notAvailableYet(`'${key}'`));
  }

  return {
    resolver: resolver.getDefinitions(),
    onIssueEvent: async () => notAvailableYet('Event-driven rollup'),
    onDailySchedule: async () => notAvailableYet('The daily snapshot and reconcile job'),
    onRecompute: async () => notAvailableYet('Key-result recompute'),
    onMetricsWebtrigger: async () => ({
      statusCode: 501,
      headers: { 'Content-Type': ['application/json'] },
      body: JSON.stringify(notAvailableYet('The metrics web trigger')),
    }),
  };
}
