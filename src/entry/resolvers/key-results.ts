import { RESOLVER_KEYS } from '../../contract';
import type { Services } from '../../services';
import { createKeyResult } from '../../usecases/key-results/create-key-result';
import { deleteKeyResult } from '../../usecases/key-results/delete-key-result';
import { updateKeyResult } from '../../usecases/key-results/update-key-result';
import { previewTarget } from '../../usecases/links/preview-target';
import { linkTarget } from '../../usecases/links/link-target';
import { unlinkTarget } from '../../usecases/links/unlink-target';
import { CreateKeyResultPayload, DeleteKeyResultPayload, UpdateKeyResultPayload } from '../schemas/key-results';
import { LinkTargetPayload, PreviewTargetPayload, UnlinkTargetPayload } from '../schemas/links';
import { defineKey, type ResolverHandler } from './define';

/** Key results and their links: changed by the owners of the KR's objective and Jira admins (checked by the use case). */
export function keyResultResolvers(services: Services): Record<string, ResolverHandler> {
  const k = RESOLVER_KEYS;
  return {
    [k.createKeyResult]: defineKey(services, k.createKeyResult, {
      access: 'member',
      payload: CreateKeyResultPayload,
      run: (input, caller) => createKeyResult(services, caller, input),
    }),
    [k.updateKeyResult]: defineKey(services, k.updateKeyResult, {
      access: 'member',
      payload: UpdateKeyResultPayload,
      run: (input, caller) => updateKeyResult(services, caller, input),
    }),
    [k.deleteKeyResult]: defineKey(services, k.deleteKeyResult, {
      access: 'member',
      payload: DeleteKeyResultPayload,
      run: (input, caller) => deleteKeyResult(services, caller, input),
    }),
    [k.previewTarget]: defineKey(services, k.previewTarget, {
      access: 'member',
      payload: PreviewTargetPayload,
      run: (input, caller) => previewTarget(services, caller, input.target),
    }),
    [k.linkTarget]: defineKey(services, k.linkTarget, {
      access: 'member',
      payload: LinkTargetPayload,
      run: (input, caller) => linkTarget(services, caller, input),
    }),
    [k.unlinkTarget]: defineKey(services, k.unlinkTarget, {
      access: 'member',
      payload: UnlinkTargetPayload,
      run: (input, caller) => unlinkTarget(services, caller, input),
    }),
  };
}
