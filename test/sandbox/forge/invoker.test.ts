import Resolver from '@forge/resolver';
import type { WebTriggerRequest } from '@forge/api';
import { SANDBOX_SITE, type FunctionContext } from '../../../sandbox/forge/function-context';
import { createInvoker } from '../../../sandbox/forge/invoker/create-invoker';

describe('invoker', () => {
  const invoker = createInvoker();
  const issuePanel = {
    type: 'jira:issuePanel' as const,
    issue: { id: '10001', key: 'OKR-1', type: 'Epic' },
    project: { id: '10000', key: 'OKR', type: 'software' },
  };

  test('calls resolver definitions with the payload and the merged Forge context', async () => {
    const resolver = new Resolver().define('okr/echo', (request) => request);
    const answer = await invoker.resolver(resolver.getDefinitions(), {
      functionKey: 'okr/echo',
      payload: { at: new Date('2026-01-02T03:04:05.000Z'), n: 1 },
      accountId: 'user-1',
      moduleKey: 'okr-issue-panel',
      extension: issuePanel,
    });
    expect(answer).toEqual({
      payload: { at: '2026-01-02T03:04:05.000Z', n: 1 },
      context: expect.objectContaining({
        accountId: 'user-1',
        cloudId: SANDBOX_SITE.cloudId,
        installContext: SANDBOX_SITE.installContext,
        moduleKey: 'okr-issue-panel',
        localId: expect.any(String),
        license: { isActive: true },
        extension: issuePanel,
      }),
    });
  });

  test('an undefined resolver key fails as in Forge', async () => {
    const definitions = new Resolver().define('okr/a', () => 'a').getDefinitions();
    await expect(
      invoker.resolver(definitions, {
        functionKey: 'okr/b',
        accountId: 'u',
        moduleKey: 'm',
        extension: { type: 'jira:globalPage' },
      }),
    ).rejects.toThrow("Resolver has no definition for 'okr/b'.");
  });

  test('triggers and scheduled triggers get their payload and the function context', async () => {
    const calls: Array<[unknown, FunctionContext]> = [];
    const handler = (payload: unknown, context: FunctionContext) => {
      calls.push([payload, context]);
    };
    await invoker.trigger(handler, { eventType: 'avi:jira:updated:issue', issue: { id: '10001' } });
    await invoker.scheduled(handler, 'okr-daily-reconcile');
    expect(calls[0]).toEqual([
      { eventType: 'avi:jira:updated:issue', issue: { id: '10001' } },
      { installContext: SANDBOX_SITE.installContext, license: { isActive: true } },
    ]);
    expect(calls[1]?.[0]).toEqual({
      context: { cloudId: SANDBOX_SITE.cloudId, moduleKey: 'okr-daily-reconcile' },
      contextToken: expect.any(String),
    });
  });

  test('web triggers: the request is completed, bad answers become 500', async () => {
    let seen: WebTriggerRequest | undefined;
    const ok = await invoker.webtrigger(
      (request) => {
        seen = request;
        return { statusCode: 202, headers: { 'Content-Type': ['application/json'] }, body: '{}' };
      },
      { method: 'POST', body: '{"value":3}' },
    );
    expect(ok).toEqual({ statusCode: 202, headers: { 'Content-Type': ['application/json'] }, body: '{}' });
    expect(seen).toEqual({ method: 'POST', path: '/', headers: {}, queryParameters: {}, body: '{"value":3}' });
    expect((await invoker.webtrigger(() => 'nope', { method: 'GET' })).statusCode).toBe(500);
    expect(
      (await invoker.webtrigger(() => ({ statusCode: 200, headers: { a: 'b' } }), { method: 'GET' })).statusCode,
    ).toBe(500);
    const thrown = await invoker.webtrigger(
      () => {
        throw new Error('boom');
      },
      { method: 'GET' },
    );
    expect(thrown.statusCode).toBe(500);
  });
});
