import { RESOLVER_KEYS } from '../../contract';
import type { Services } from '../../services';
import { carryOverKeyResult } from '../../usecases/period-close/carry-over-key-result';
import { closePeriod } from '../../usecases/period-close/close-period';
import { gradeKeyResult } from '../../usecases/period-close/grade-key-result';
import { periodCloseView } from '../../usecases/period-close/period-close-view';
import {
  CarryOverKeyResultPayload,
  ClosePeriodPayload,
  GradeKeyResultPayload,
  PeriodClosePayload,
} from '../schemas/period-close';
import { defineKey, type ResolverHandler } from './define';

/**
 * Period close (issue #7): the worksheet (any member reads it), grades and carry-over (the objective's owners and Jira
 * admins, checked by the use cases against the objective), and closing the period (Jira admins, checked there too,
 * so the refusal can say what closing needs).
 */
export function periodCloseResolvers(services: Services): Record<string, ResolverHandler> {
  const k = RESOLVER_KEYS;
  return {
    [k.periodClose]: defineKey(services, k.periodClose, {
      access: 'member',
      payload: PeriodClosePayload,
      run: (input, caller) => periodCloseView(services, caller, input),
    }),
    [k.gradeKeyResult]: defineKey(services, k.gradeKeyResult, {
      access: 'member',
      payload: GradeKeyResultPayload,
      run: (input, caller) => gradeKeyResult(services, caller, input),
    }),
    [k.carryOverKeyResult]: defineKey(services, k.carryOverKeyResult, {
      access: 'member',
      payload: CarryOverKeyResultPayload,
      run: (input, caller) => carryOverKeyResult(services, caller, input),
    }),
    [k.closePeriod]: defineKey(services, k.closePeriod, {
      access: 'member',
      payload: ClosePeriodPayload,
      run: (input, caller) => closePeriod(services, caller, input),
    }),
  };
}
