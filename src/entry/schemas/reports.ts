import { z } from 'zod';
import { PeriodIdParam } from './common';

/** okr/leadershipReport: a period id, or none for the current quarter. */
export const LeadershipReportPayload = z.object({ periodId: PeriodIdParam.optional() });
