/**
 * POST /sandbox/invoke { key, payload?, accountId, context? }: calls a resolver as a demo user, for scripts and
 * tests. `context` picks the module it is called from (default the portfolio page), e.g.
 * `{ moduleKey: 'okr-issue-panel', issueKey: 'PLAT-42' }`. Answers the resolver's own `{ ok, ... }` as is.
 */
import { RESOLVER_KEYS } from '../../../src/contract';
import { findDemoUser } from '../../demo/users';
import { HttpError, readJsonObject, sendJson } from '../http/respond';
import type { RouteContext } from '../http/router';
import { extensionFor, frameRefFrom, localIdFor } from '../module-context';
import type { SandboxRuntime } from '../runtime';
import { resolverFailure } from './bridge';

export function invokeRoute(runtime: SandboxRuntime) {
  return async ({ req, res }: RouteContext) => {
    const body = await readJsonObject(req);
    const { key, payload, accountId } = body;
    if (typeof key !== 'string' || key === '') {
      throw new HttpError(
        400,
        'INVALID_BODY',
        'Send { key, payload?, accountId, context? }: key is a resolver key, e.g. "okr/portfolio".',
        {
          keys: Object.values(RESOLVER_KEYS),
        },
      );
    }
    if (typeof accountId !== 'string')
      throw new HttpError(400, 'INVALID_BODY', 'accountId is required: the demo user to act as.');
    const user = findDemoUser(accountId);
    if (!user)
      throw new HttpError(400, 'UNKNOWN_USER', `No demo user has accountId ${accountId}; see GET /sandbox/users.`);
    if (payload !== undefined && (typeof payload !== 'object' || payload === null || Array.isArray(payload))) {
      throw new HttpError(400, 'INVALID_BODY', 'payload, when given, must be a JSON object.');
    }
    const frame = frameRefFrom(body.context ?? { moduleKey: 'okr-portfolio' });
    const extension = extensionFor(frame, user, runtime.sim, runtime.state.gadgets);
    try {
      const answer = await runtime.invokeResolver({
        functionKey: key,
        payload: payload ?? {},
        accountId: user.accountId,
        moduleKey: frame.moduleKey,
        extension,
        localId: localIdFor(frame),
      });
      sendJson(res, 200, answer);
    } catch (error) {
      const failure = resolverFailure(key, error);
      if (failure.code === 'UNKNOWN_RESOLVER') {
        throw new HttpError(404, failure.code, failure.message, { keys: Object.values(RESOLVER_KEYS) });
      }
      throw failure;
    }
  };
}
