/**
 * POST /sandbox/bridge: what `globalThis.__bridge.callBridge(type, payload)` in a frame sends. The frame says which
 * module it is; the acting user comes from the host (its cookie). getContext answers the module's context; invoke
 * runs the real resolver through the Forge invoker with that context; submit stores a gadget's configuration;
 * enableTheming answers the host's colour mode.
 */
import type { SandboxRuntime } from '../runtime';
import { actingUser, colorMode } from '../acting-user';
import { HttpError, readJsonObject, sendJson } from '../http/respond';
import type { RouteContext } from '../http/router';
import { extensionFor, frameRefFrom, fullContext, localIdFor } from '../module-context';

/** Calls the host answers without doing anything, as Jira does for a frame that is already where it should be. */
const NO_OPS = new Set(['emitReadyEvent', 'changeWindowTitle', 'resize', 'close', 'onClose']);

export function bridgeRoute(runtime: SandboxRuntime) {
  return async ({ req, res }: RouteContext) => {
    const body = await readJsonObject(req);
    if (typeof body.type !== 'string' || body.type === '') {
      throw new HttpError(
        400,
        'INVALID_BODY',
        'Send { type, payload, frame }: type is the bridge call, e.g. "invoke".',
      );
    }
    const frame = frameRefFrom(body.frame);
    const user = actingUser(req);
    const extension = extensionFor(frame, user, runtime.sim, runtime.state.gadgets);
    const reply = (answer: unknown, extra: Record<string, unknown> = {}) =>
      sendJson(res, 200, { answer: answer ?? null, now: runtime.clock.now().toISOString(), ...extra });

    switch (body.type) {
      case 'getContext':
        return reply(fullContext(frame, user, extension));
      case 'enableTheming':
        return reply(null, { theme: colorMode(req) });
      case 'invoke': {
        const payload = (body.payload ?? {}) as { functionKey?: unknown; payload?: unknown };
        if (typeof payload.functionKey !== 'string') {
          throw new HttpError(400, 'INVALID_BODY', 'invoke needs payload.functionKey.');
        }
        try {
          const answer = await runtime.invokeResolver({
            functionKey: payload.functionKey,
            payload: payload.payload,
            accountId: user.accountId,
            moduleKey: frame.moduleKey,
            extension,
            localId: localIdFor(frame),
          });
          return reply(answer);
        } catch (error) {
          throw resolverFailure(payload.functionKey, error);
        }
      }
      case 'submit': {
        if (frame.moduleKey !== 'okr-gadget' || frame.entryPoint !== 'edit' || !frame.gadgetId) return reply(false);
        if (typeof body.payload !== 'object' || body.payload === null || Array.isArray(body.payload)) {
          throw new HttpError(400, 'INVALID_BODY', 'submit needs the gadget configuration object as payload.');
        }
        runtime.state.gadgets[frame.gadgetId] = body.payload as Record<string, unknown>;
        runtime.persist();
        return reply(true);
      }
      default:
        if (NO_OPS.has(body.type)) return reply(null);
        throw new HttpError(
          501,
          'UNSUPPORTED_BRIDGE_CALL',
          `The sandbox host does not support the bridge call '${body.type}'.`,
        );
    }
  };
}

/** A resolver that throws fails the frame's invoke as Forge does; an undefined key is the caller's mistake. */
export function resolverFailure(key: string, error: unknown): HttpError {
  const message = error instanceof Error ? error.message : String(error);
  if (/has no definition/.test(message))
    return new HttpError(404, 'UNKNOWN_RESOLVER', `No resolver is defined for '${key}'.`);
  return new HttpError(500, 'RESOLVER_FAILED', `The resolver '${key}' threw: ${message}`);
}
