import * as entry from '../../src/index';
import { RESOLVER_KEYS } from '../../src/contract';

// Handlers whose behaviour is not built yet must say so, never answer with made-up data.
describe('handlers not built yet', () => {
  it.each([
    ['onIssueEvent', () => entry.onIssueEvent({ eventType: 'avi:jira:updated:issue' })],
    ['onRecompute', () => entry.onRecompute({ body: {} })],
    ['onDailySchedule', () => entry.onDailySchedule()],
  ])('%s answers NOT_AVAILABLE_YET', async (_name, call) => {
    await expect(call()).resolves.toMatchObject({ ok: false, error: { code: 'NOT_AVAILABLE_YET' } });
  });
});

it('a resolver key that is declared but not built answers NOT_AVAILABLE_YET', async () => {
  const answer = await entry.resolver({
    call: { functionKey: RESOLVER_KEYS.portfolio, payload: {} },
    context: { accountId: 'a-1', cloudId: 'c-1' },
  } as never);
  expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_AVAILABLE_YET' } });
});

describe('okr/about', () => {
  it('names the app and lists only capabilities that are built', async () => {
    const answer = await entry.resolver({
      call: { functionKey: RESOLVER_KEYS.about, payload: {} },
      context: { accountId: 'a-1', cloudId: 'c-1' },
    } as never);
    expect(answer).toEqual({ ok: true, data: { app: 'okr-rollup-for-jira', version: '0.1.0', available: ['okr/about'] } });
  });
});
