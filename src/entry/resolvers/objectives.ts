import { RESOLVER_KEYS } from '../../contract';
import type { Services } from '../../services';
import { abandonObjective } from '../../usecases/objectives/abandon-objective';
import { alignObjective } from '../../usecases/objectives/align-objective';
import { closeObjective } from '../../usecases/objectives/close-objective';
import { createObjective } from '../../usecases/objectives/create-objective';
import { updateObjective } from '../../usecases/objectives/update-objective';
import {
  AbandonObjectivePayload,
  AlignObjectivePayload,
  CloseObjectivePayload,
  CreateObjectivePayload,
  UpdateObjectivePayload,
} from '../schemas/objectives';
import { defineKey, type ResolverHandler } from './define';

/** Objectives: created by anyone who may browse Jira work, changed by their owners and Jira admins. */
export function objectiveResolvers(services: Services): Record<string, ResolverHandler> {
  const k = RESOLVER_KEYS;
  return {
    [k.createObjective]: defineKey(services, k.createObjective, {
      access: 'browser',
      payload: CreateObjectivePayload,
      run: (input, caller) => createObjective(services, caller, input),
    }),
    [k.updateObjective]: defineKey(services, k.updateObjective, {
      access: 'member',
      payload: UpdateObjectivePayload,
      run: (input, caller) => updateObjective(services, caller, input),
    }),
    [k.alignObjective]: defineKey(services, k.alignObjective, {
      access: 'member',
      payload: AlignObjectivePayload,
      run: (input, caller) => alignObjective(services, caller, input),
    }),
    [k.closeObjective]: defineKey(services, k.closeObjective, {
      access: 'member',
      payload: CloseObjectivePayload,
      run: (input, caller) => closeObjective(services, caller, input),
    }),
    [k.abandonObjective]: defineKey(services, k.abandonObjective, {
      access: 'member',
      payload: AbandonObjectivePayload,
      run: (input, caller) => abandonObjective(services, caller, input),
    }),
  };
}
