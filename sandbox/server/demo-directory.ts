/** What a newcomer, a script or a test needs to find its way around the demo site, from GET /sandbox/demo. */
import { CURRENT_QUARTER, PREVIOUS_QUARTER } from '../demo/calendar';
import { EPICS } from '../demo/jira-plan';
import { OKR_PLAN } from '../demo/okr-plan';
import type { SandboxRuntime } from './runtime';

export function demoDirectory(runtime: SandboxRuntime) {
  const { demo, state } = runtime;
  const keyOf = (ref: string) => demo.issues.get(ref)?.key;
  const linkedEpicRefs = new Set(
    OKR_PLAN.flatMap((o) => o.keyResults).flatMap((kr) =>
      kr.source.type === 'jira' ? kr.source.targets.flatMap((t) => (t.kind === 'epic' ? [t.ref] : [])) : [],
    ),
  );
  const epics = EPICS.map((e) => ({ key: keyOf(e.ref), summary: e.summary, linked: linkedEpicRefs.has(e.ref) }));
  return {
    periods: { current: CURRENT_QUARTER, previous: PREVIOUS_QUARTER },
    projects: [...demo.projects.values()],
    epics,
    examples: {
      /** A story in an epic that feeds a key result (PLAT-3 feeds "Ship the CDN image pipeline…"). */
      issueInLinkedEpic: keyOf('PLAT/3.1'),
      linkedEpic: keyOf('PLAT/3'),
      unlinkedEpic: keyOf('PLAT/9'),
      /** In PAY, which Vic may not browse. */
      restrictedIssue: keyOf('PAY/3.1'),
    },
    objectives: state.demo?.objectives ?? {},
    keyResults: state.demo?.keyResults ?? {},
    gadgets: state.gadgets,
  };
}
