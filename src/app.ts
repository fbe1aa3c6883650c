/**
 * createApp(platform): the one composition shared by Forge (src/index.ts) and the sandbox. Everything the handlers
 * need comes from the platform object, so the same code runs against real and emulated services.
 */
import type { Platform } from './platform';
import { createServices } from './services';
import { buildResolver } from './entry/resolver';
import { buildEventHandlers } from './entry/events';
import { buildMetricsWebtrigger, type WebTriggerResponse } from './entry/metrics-webtrigger';

export type { WebTriggerResponse };

export interface App {
  /** The handler Forge calls for every `invoke` from the Custom UI. */
  resolver: ReturnType<typeof buildResolver>;
  onIssueEvent(event: unknown, context?: unknown): Promise<unknown>;
  onDailySchedule(event?: unknown, context?: unknown): Promise<unknown>;
  onRecompute(event: unknown, context?: unknown): Promise<unknown>;
  onMetricsWebtrigger(request: unknown, context?: unknown): Promise<WebTriggerResponse>;
}

export function createApp(platform: Platform): App {
  const services = createServices(platform);
  return {
    resolver: buildResolver(services),
    ...buildEventHandlers(services),
    onMetricsWebtrigger: buildMetricsWebtrigger(services),
  };
}
