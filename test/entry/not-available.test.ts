import * as entry from '../../src/index';
import { RESOLVER_KEYS } from '../../src/contract';

// The event handlers are built (docs/adr/0007): malformed input is refused before any storage or Jira call.
describe('event handlers', () => {
  it('onIssueEvent ignores a payload that is not an issue event', async () => {
    await expect(entry.onIssueEvent({ eventType: 'avi:jira:updated:issue' })).resolves.toMatchObject({
      status: 'ignored',
    });
  });

  it('onRecompute ignores a body that is not a recompute job', async () => {
    await expect(entry.onRecompute({ body: {} })).resolves.toMatchObject({ status: 'ignored' });
  });
});

// Every declared key is built now; okr/recordCheckIn, the last one, authorises instead of answering NOT_AVAILABLE_YET.
it('okr/recordCheckIn is built: it no longer answers NOT_AVAILABLE_YET', async () => {
  const answer = await entry.resolver({
    call: { functionKey: RESOLVER_KEYS.recordCheckIn, payload: {} },
    context: { accountId: 'a-1', cloudId: 'c-1' },
  } as never);
  expect(answer).toMatchObject({ ok: false });
  expect(answer).not.toMatchObject({ error: { code: 'NOT_AVAILABLE_YET' } });
});

describe('okr/about', () => {
  const call = (functionKey: string) =>
    entry.resolver({ call: { functionKey, payload: {} }, context: { accountId: 'a-1', cloudId: 'c-1' } } as never);

  it('names the app and lists only declared capabilities, okr/about first', async () => {
    const answer = (await call(RESOLVER_KEYS.about)) as { ok: true; data: { app: string; available: string[] } };
    expect(answer.data.app).toBe('okr-rollup-for-jira');
    expect(answer.data.available[0]).toBe(RESOLVER_KEYS.about);
    expect(Object.values(RESOLVER_KEYS)).toEqual(expect.arrayContaining(answer.data.available));
    expect(answer.data.available).toContain(RESOLVER_KEYS.portfolio);
  });

  it('every declared key it does not list answers NOT_AVAILABLE_YET, and every listed one does not', async () => {
    const { data } = (await call(RESOLVER_KEYS.about)) as { ok: true; data: { available: string[] } };
    for (const key of Object.values(RESOLVER_KEYS)) {
      const answer = await call(key);
      if (data.available.includes(key)) expect(answer).not.toMatchObject({ error: { code: 'NOT_AVAILABLE_YET' } });
      else expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_AVAILABLE_YET' } });
    }
  });
});
