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
  it('names the app and lists only capabilities that are built', async () => {
    const answer = await entry.resolver({
      call: { functionKey: RESOLVER_KEYS.about, payload: {} },
      context: { accountId: 'a-1', cloudId: 'c-1' },
    } as never);
    expect(answer).toEqual({
      ok: true,
      data: {
        app: 'okr-rollup-for-jira',
        version: '0.1.0',
        available: Object.values(RESOLVER_KEYS),
      },
    });
  });
});
