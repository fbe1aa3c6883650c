import type Resolver from '@forge/resolver';
import type { WebTriggerRequest, WebTriggerResponse } from '@forge/api';
import { SANDBOX_SITE, functionContext, type FunctionContext, type SiteIdentity } from '../function-context';
import type { ExtensionContext } from './extension-context';

/** What `new Resolver().getDefinitions()` returns: the function Forge calls for every `invoke` from the UI. */
export type ResolverDefinitions = ReturnType<Resolver['getDefinitions']>;

export type ForgeFunction<Payload, Result = unknown> = (payload: Payload, context: FunctionContext) => Result;

export interface UiCall {
  functionKey: string;
  payload?: unknown;
  /** The user in front of the UI. */
  accountId: string;
  moduleKey: string;
  extension: ExtensionContext;
  localId?: string;
}

/** What a scheduled trigger receives as its payload (events-reference/scheduled-trigger). */
export interface ScheduledTriggerRequest {
  context: { cloudId: string; moduleKey: string };
  contextToken: string;
}

export interface Invoker {
  /** Calls resolver definitions as Forge does for `invoke(functionKey, payload)` from a Custom UI module. */
  resolver(definitions: ResolverDefinitions, call: UiCall): Promise<unknown>;
  /** A product-event trigger, e.g. `avi:jira:updated:issue`, with its event as payload. */
  trigger<E extends object>(handler: ForgeFunction<E>, event: E, options?: { accountId?: string }): Promise<unknown>;
  scheduled(handler: ForgeFunction<ScheduledTriggerRequest>, moduleKey: string): Promise<unknown>;
  /** A web trigger; like Forge, answers 500 when the handler throws or returns something that is not a response. */
  webtrigger(
    handler: ForgeFunction<WebTriggerRequest>,
    request: Partial<WebTriggerRequest> & Pick<WebTriggerRequest, 'method'>,
  ): Promise<WebTriggerResponse>;
}

/** Payloads cross a network boundary in Forge: a JSON round trip keeps tests honest about what survives it. */
const overTheWire = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

export function createInvoker(site: SiteIdentity = SANDBOX_SITE): Invoker {
  const cloudId = site.cloudId;
  return {
    async resolver(definitions, call) {
      const runtime = functionContext(site, call.accountId);
      // @forge/resolver merges the UI context with the runtime payload (installContext, principal, license),
      // which is why those two travel separately here.
      const result = await definitions(
        {
          call: { functionKey: call.functionKey, payload: overTheWire(call.payload) },
          context: {
            cloudId,
            localId: call.localId ?? `ari:cloud:ecosystem::extension/${call.moduleKey}/${call.extension.type}`,
            moduleKey: call.moduleKey,
            siteUrl: 'https://sandbox.atlassian.net',
            locale: 'en-US',
            timezone: 'UTC',
            extension: overTheWire(call.extension),
          },
        },
        runtime,
      );
      return overTheWire(result);
    },
    async trigger(handler, event, options) {
      return handler(overTheWire(event), functionContext(site, options?.accountId));
    },
    async scheduled(handler, moduleKey) {
      return handler({ context: { cloudId, moduleKey }, contextToken: 'sandbox-context-token' }, functionContext(site));
    },
    async webtrigger(handler, request) {
      const full: WebTriggerRequest = { path: '/', headers: {}, queryParameters: {}, body: '', ...request };
      try {
        const response: unknown = await handler(overTheWire(full), functionContext(site));
        return isWebTriggerResponse(response)
          ? overTheWire(response)
          : { statusCode: 500, body: 'The web trigger function returned an invalid response.' };
      } catch {
        return { statusCode: 500, body: 'The web trigger function failed.' };
      }
    },
  };
}

function isWebTriggerResponse(value: unknown): value is WebTriggerResponse {
  if (typeof value !== 'object' || value === null) return false;
  const { statusCode, body, headers } = value as Record<string, unknown>;
  const headersOk =
    headers === undefined ||
    (typeof headers === 'object' &&
      headers !== null &&
      Object.values(headers).every((list) => Array.isArray(list) && list.every((item) => typeof item === 'string')));
  return Number.isInteger(statusCode) && (body === undefined || typeof body === 'string') && headersOk;
}
