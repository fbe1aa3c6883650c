import { RESOLVER_KEYS } from '../../contract';
import type { Services } from '../../services';
import { checkQuality } from '../../usecases/quality/check-quality';
import { qualityReport } from '../../usecases/quality/quality-report';
import { CheckQualityPayload, QualityReportPayload } from '../schemas/quality';
import { defineKey, type ResolverHandler } from './define';

/**
 * OKR quality coaching (issue #7): checks while writing and the report per period and team. Any member: findings are
 * advice about OKR data everyone may read, and nothing here writes.
 */
export function qualityResolvers(services: Services): Record<string, ResolverHandler> {
  const k = RESOLVER_KEYS;
  return {
    [k.checkQuality]: defineKey(services, k.checkQuality, {
      access: 'member',
      payload: CheckQualityPayload,
      run: (input) => checkQuality(services, input),
    }),
    [k.qualityReport]: defineKey(services, k.qualityReport, {
      access: 'member',
      payload: QualityReportPayload,
      run: (input, caller) => qualityReport(services, caller, input),
    }),
  };
}
