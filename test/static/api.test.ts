import { RESOLVER_KEYS } from '../../src/contract';
import { createApi } from '../../static/src/api';
import { ApiError } from '../../static/src/errors';
import { fakeBridge } from './harness';
import { failure, notAvailable, ok, portfolio } from './fixtures';

describe('api.ts over a fake bridge', () => {
  it('sends the resolver key and payload, and answers the data of {ok:true}', async () => {
    const fake = fakeBridge({ [RESOLVER_KEYS.portfolio]: [ok(portfolio())] });
    const view = await createApi(fake.bridge).portfolio({ level: 'team' });
    expect(view.period.name).toBe('2026-Q4');
    expect(fake.calls).toEqual([{ key: 'okr/portfolio', payload: { level: 'team' } }]);
  });

  it('turns {ok:false} into an ApiError with the code, message and field paths', async () => {
    const fake = fakeBridge({
      [RESOLVER_KEYS.createObjective]: [failure('VALIDATION', 'Invalid objective', [{ path: 'title', message: 'is required' }])],
    });
    const error = await createApi(fake.bridge)
      .createObjective({ title: '', periodId: 'p', level: 'team', ownerIds: [] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'VALIDATION', message: 'Invalid objective', fields: [{ path: 'title', message: 'is required' }] });
  });

  it('keeps NOT_AVAILABLE_YET as its own code, so views can say so', async () => {
    const fake = fakeBridge({ [RESOLVER_KEYS.issuePanel]: [notAvailable] });
    await expect(createApi(fake.bridge).issuePanel({ issueId: '1' })).rejects.toMatchObject({ code: 'NOT_AVAILABLE_YET' });
  });

  it('reports a bridge that throws as BRIDGE, and an answer of the wrong shape as INTERNAL', async () => {
    const throwing = fakeBridge({
      [RESOLVER_KEYS.about]: () => {
        throw new Error('Resolver calls are rate limited');
      },
    });
    await expect(createApi(throwing.bridge).about()).rejects.toMatchObject({ code: 'BRIDGE', message: 'Resolver calls are rate limited' });
    const garbage = fakeBridge({ [RESOLVER_KEYS.about]: ['<html>'] });
    await expect(createApi(garbage.bridge).about()).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('reads the context and submits gadget configuration through the bridge view', async () => {
    const fake = fakeBridge({}, { moduleKey: 'okr-gadget', extension: { entryPoint: 'edit' } });
    const api = createApi(fake.bridge);
    await expect(api.getContext()).resolves.toMatchObject({ moduleKey: 'okr-gadget', extension: { entryPoint: 'edit' } });
    await api.submitGadgetConfig({ view: 'kr-list', team: 'Growth' });
    expect(fake.submitted).toEqual([{ view: 'kr-list', team: 'Growth' }]);
  });
});
