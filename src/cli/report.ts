/**
 * `report`: every KR of the file measured through the planner (src/jira) and rolled up by the domain, with pace
 * against the objective's period on `today`. A KR whose Jira part fails is reported as an error, not as zero.
 */
import {
  assessPace,
  computeKeyResultProgress,
  DEFAULT_SETTINGS,
  rollupObjectives,
  type CalendarDay,
  type KeyResultSource,
  type PaceStatus,
  type ProgressEvidence,
  type ProgressResult,
} from '../domain';
import { executePlan, planRefresh, type JiraApi, type KeyResultRef, type KrRefreshResult, type Target } from '../jira';
import type { FileKeyResult, FileTarget, OkrFile } from './okr-file-schema';
import { resolveTargets, type Resolution } from './resolve-targets';

export interface KeyResultReport {
  id: string;
  title: string;
  objectiveId: string;
  kind: 'committed' | 'aspirational';
  weight: number;
  source: 'jira' | 'metric' | 'milestones';
  /** null when the KR could not be measured (see `error`). */
  progress: number | null;
  expected: number;
  pace: number | null;
  status: PaceStatus | 'error';
  /** One line a reader can check the number against, e.g. `12/30 issues done`. */
  evidence: string;
  flags: string[];
  error?: string;
}

export interface ObjectiveReport {
  id: string;
  title: string;
  period: string;
  level: string;
  team?: string;
  parent?: string;
  progress: number;
  expected: number;
  pace: number;
  status: PaceStatus;
  flags: string[];
  keyResults: KeyResultReport[];
}

export interface Report {
  asOf: CalendarDay;
  objectives: ObjectiveReport[];
}

export interface ReportDeps {
  /** Absent when the file has no Jira KR (nothing to ask Jira). */
  jira?: { api: JiraApi };
  today: CalendarDay;
  onStep?: (step: string) => void;
}

export function hasJiraSources(file: OkrFile): boolean {
  return file.objectives.some((o) => o.keyResults.some((kr) => kr.source.type === 'jira'));
}

export async function buildReport(file: OkrFile, deps: ReportDeps): Promise<Report> {
  const krs = file.objectives.flatMap((o) => o.keyResults.map((kr) => ({ objectiveId: o.id, kr })));
  const measured = await measureJira(
    krs.map((k) => k.kr),
    deps,
  );

  const keyResults = new Map<string, KeyResultReport>();
  const periods = new Map(file.periods.map((p) => [p.id, p]));
  const settings = DEFAULT_SETTINGS;
  for (const o of file.objectives) {
    const period = periods.get(o.period);
    if (!period) throw new Error(`objective ${o.id}: unknown period ${o.period}`);
    for (const kr of o.keyResults) {
      const outcome = measured.get(kr.id) ?? measureLocal(kr.source);
      const base = {
        id: kr.id,
        title: kr.title,
        objectiveId: o.id,
        kind: kr.kind,
        weight: kr.weight,
        source: kr.source.type,
      };
      if (!outcome.ok) {
        const expected = assessPace({ progress: 0, period, today: deps.today, kind: kr.kind, settings }).expected;
        keyResults.set(kr.id, {
          ...base,
          progress: null,
          expected,
          pace: null,
          status: 'error',
          evidence: outcome.error,
          flags: [],
          error: outcome.error,
        });
        continue;
      }
      const { progress, evidence } = outcome.result;
      const pace = assessPace({ progress, period, today: deps.today, kind: kr.kind, settings });
      const flags = [...evidence.flags, ...(outcome.notes.length > 0 ? ['missing-targets'] : [])];
      keyResults.set(kr.id, {
        ...base,
        progress,
        expected: pace.expected,
        pace: pace.pace,
        status: pace.status,
        evidence: [describe(evidence), ...outcome.notes].join('; '),
        flags: [...new Set(flags)],
      });
    }
  }

  const rollup = rollupObjectives({
    objectives: file.objectives.map((o) => ({
      id: o.id,
      state: 'active' as const,
      ...(o.parent ? { parent: { objectiveId: o.parent.id, contributionWeight: o.parent.weight } } : {}),
    })),
    keyResults: krs.map(({ objectiveId, kr }) => ({ id: kr.id, objectiveId, weight: kr.weight })),
    keyResultProgress: new Map(
      [...keyResults.values()].flatMap((kr) => (kr.progress === null ? [] : [[kr.id, kr.progress] as const])),
    ),
  });

  return {
    asOf: deps.today,
    objectives: file.objectives.map((o): ObjectiveReport => {
      const period = periods.get(o.period) as NonNullable<ReturnType<typeof periods.get>>;
      const progress = rollup.get(o.id)?.progress ?? 0;
      const pace = assessPace({ progress, period, today: deps.today, settings });
      return {
        id: o.id,
        title: o.title,
        period: o.period,
        level: o.level,
        ...(o.team ? { team: o.team } : {}),
        ...(o.parent ? { parent: o.parent.id } : {}),
        progress,
        expected: pace.expected,
        pace: pace.pace,
        status: pace.status,
        flags: rollup.get(o.id)?.flags ?? [],
        keyResults: o.keyResults.map((kr) => keyResults.get(kr.id) as KeyResultReport),
      };
    }),
  };
}

type Outcome = { ok: true; result: ProgressResult; notes: string[] } | { ok: false; error: string };

function measureLocal(source: OkrFile['objectives'][number]['keyResults'][number]['source']): Outcome {
  if (source.type === 'jira') return { ok: false, error: 'not measured' };
  const domainSource: KeyResultSource =
    source.type === 'metric'
      ? source
      : {
          type: 'milestones',
          items: source.items.map((m, i) => ({ id: String(i + 1), title: m.title, done: m.done })),
        };
  return { ok: true, result: computeKeyResultProgress({ source: domainSource }), notes: [] };
}

async function measureJira(krs: readonly FileKeyResult[], deps: ReportDeps): Promise<Map<string, Outcome>> {
  const jiraKrs = krs.filter((kr) => kr.source.type === 'jira');
  const out = new Map<string, Outcome>();
  if (jiraKrs.length === 0 || !deps.jira) return out;
  const refs = jiraKrs.flatMap((kr) => (kr.source.type === 'jira' ? kr.source.targets : []));
  deps.onStep?.(`resolving ${refs.length} Jira targets`);
  const resolved = await resolveTargets(deps.jira.api, refs);

  const planned: KeyResultRef[] = [];
  const notes = new Map<string, string[]>();
  for (const kr of jiraKrs) {
    if (kr.source.type !== 'jira') continue;
    const resolutions = kr.source.targets.map((t: FileTarget) => resolved.get(t) as Resolution);
    const targets = resolutions.flatMap((r): Target[] => (r.target ? [r.target] : []));
    const problems = resolutions.flatMap((r) => (r.problem ? [r.problem] : []));
    notes.set(kr.id, problems);
    if (targets.length === 0) {
      out.set(kr.id, { ok: false, error: problems.join('; ') });
      continue;
    }
    const source = { ...kr.source, targets };
    planned.push({ id: kr.id, source });
  }

  deps.onStep?.(`measuring ${planned.length} key results`);
  const results = await executePlan(planRefresh(planned), deps.jira);
  for (const result of results) out.set(result.krId, outcomeOf(result, notes.get(result.krId) ?? []));
  return out;
}

function outcomeOf(result: KrRefreshResult, notes: string[]): Outcome {
  if (result.status === 'failed') return { ok: false, error: `Jira refresh failed: ${result.error.message}` };
  const missing = result.missingTargets.map(
    (m) => `epic ${m.target.kind === 'epic' ? m.target.issueId : '?'} ${m.reason}`,
  );
  const source = { type: 'jira' as const, measure: result.measure, targets: [], includeSubtasks: false };
  const progress =
    result.measure === 'count'
      ? computeKeyResultProgress({ source }, { jira: { kind: 'counts', counts: result.counts } })
      : computeKeyResultProgress({ source }, { jira: { kind: 'issues', reached: result.reached } });
  return { ok: true, result: progress, notes: [...notes, ...missing] };
}

function describe(evidence: ProgressEvidence): string {
  if (evidence.metric) {
    const m = evidence.metric;
    const unit = m.unit ? ` ${m.unit}` : '';
    return `${m.current}${unit} (from ${m.start} to ${m.target}${unit})`;
  }
  if (evidence.milestones) return `${evidence.milestones.done}/${evidence.milestones.total} milestones done`;
  const s = evidence.scope;
  const issues = `${s.done}/${s.issues} issues done`;
  if (evidence.measure === 'points' && evidence.points) {
    const p = evidence.points;
    const unestimated = p.unestimated > 0 ? `, ${p.unestimated} unestimated` : '';
    return `${p.done}/${p.total} points done (${issues}${unestimated})`;
  }
  return s.issues === 0 ? 'no linked work' : issues;
}
