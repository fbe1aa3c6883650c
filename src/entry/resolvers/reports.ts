import { RESOLVER_KEYS } from '../../contract';
import type { Services } from '../../services';
import { projectTimeline } from '../../usecases/pmo/project-timeline';
import { leadershipReport } from '../../usecases/reports/leadership-report';
import { LeadershipReportPayload } from '../schemas/reports';
import { ProjectPagePayload } from '../schemas/views';
import { defineKey, type ResolverHandler } from './define';

/** Reports and PMO views (issue #8): the leadership report and a project's timeline. */
export function reportResolvers(services: Services): Record<string, ResolverHandler> {
  const k = RESOLVER_KEYS;
  return {
    // Any member, as okr/portfolio: the report is that same OKR data, summarised.
    [k.leadershipReport]: defineKey(services, k.leadershipReport, {
      access: 'member',
      payload: LeadershipReportPayload,
      run: (input) => leadershipReport(services, input),
    }),
    // Any member who may browse the project (checked as them in Jira): the same payload as okr/projectPage.
    [k.projectTimeline]: defineKey(services, k.projectTimeline, {
      access: 'member',
      payload: ProjectPagePayload,
      run: (input, caller) => projectTimeline(services, caller, input.projectId),
    }),
  };
}
