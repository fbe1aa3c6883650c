/**
 * Seeds the demo organisation's OKRs in the app's storage, in the order they happened: objectives and key results
 * planned a week before each quarter, check-ins every other Monday, the previous quarter closed and graded two
 * days after its end, and the daily history (snapshots) the burn-ups draw. Each write goes through the app's own
 * resolver when this build has it (okr/about lists it), and straight to storage through the repositories until
 * then, so the demo improves as the resolvers land without changes here.
 */
import { RESOLVER_KEYS, type KrSourceDto, type TargetDto, type Written } from '../../src/contract';
import {
  KeyResult,
  Objective,
  addDays,
  freshProgress,
  roundGrade,
  rollupObjectives,
  snapshotOf,
  targetKey,
  type CheckIn,
  type Period,
  type ProgressEvidence,
} from '../../src/domain';
import type { Kvs } from '../../src/platform';
import { collectAll, ENTITY, type Repositories } from '../../src/store';
import { checkInCodec } from '../../src/store/check-in-repository';
import { recordKey } from '../../src/store/keys';
import { snapshotCodec } from '../../src/store/snapshot-repository';
import { CURRENT_QUARTER, DEMO_DAY, DEMO_START, PREVIOUS_QUARTER, at, plusDays } from './calendar';
import { checkInTimes, confidenceFor, noteFor } from './check-ins';
import { createDemoHistory, type DemoHistory } from './history';
import { OKR_PLAN, type KrPlan, type ObjectivePlan } from './okr-plan';
import type { DemoJira } from './seed-jira';
import { DEFAULT_USER, demoUser } from './users';

export interface OkrSeedPort {
  /** Resolver keys this build answers (from okr/about). */
  available: ReadonlySet<string>;
  /** Calls a resolver as a user; answers its data, throws on `{ ok: false }`. */
  invoke(key: string, payload: object, accountId: string): Promise<unknown>;
  repos: Repositories;
  kvs: Kvs;
  /** Holds the site's clock at an instant, so what the app stamps (createdAt, check-in times) is history. */
  pin(instant: Date): void;
}

export interface DemoOkrs {
  objectives: Record<string, string>;
  keyResults: Record<string, string>;
  /** Which resolver keys wrote the demo, and which writes went straight to storage. */
  written: { viaResolvers: string[]; viaStorage: string[] };
}

const periodOf = (plan: ObjectivePlan): Period => (plan.period === 'current' ? CURRENT_QUARTER : PREVIOUS_QUARTER);
const ownerIds = (names: readonly string[]) => names.map((n) => demoUser(n).accountId);
const BATCH = 25;

export async function seedOkrs(port: OkrSeedPort, jira: DemoJira): Promise<DemoOkrs> {
  const history = createDemoHistory(jira);
  const ids: DemoOkrs = { objectives: {}, keyResults: {}, written: { viaResolvers: [], viaStorage: [] } };
  const versions = new Map<string, number>();
  const pendingCheckIns: CheckIn[] = [];
  const use = (key: string) => {
    const viaResolver = port.available.has(key);
    const list = viaResolver ? ids.written.viaResolvers : ids.written.viaStorage;
    if (!list.includes(key)) list.push(key);
    return viaResolver;
  };
  const admin = DEFAULT_USER.accountId;

  async function createObjective(plan: ObjectivePlan, when: Date): Promise<void> {
    const period = periodOf(plan);
    const parent = plan.parent
      ? { objectiveId: mustId(ids.objectives, plan.parent.ref), contributionWeight: plan.parent.weight ?? 1 }
      : undefined;
    if (use(RESOLVER_KEYS.createObjective)) {
      const written = (await port.invoke(
        RESOLVER_KEYS.createObjective,
        {
          title: plan.title,
          ...(plan.description ? { description: plan.description } : {}),
          periodId: period.id,
          level: plan.level,
          ...(plan.team ? { team: plan.team } : {}),
          ownerIds: ownerIds(plan.owners),
          ...(parent ? { parent } : {}),
        },
        admin,
      )) as Written;
      ids.objectives[plan.ref] = written.id;
      versions.set(written.id, written.version);
      return;
    }
    const objective = Objective.parse({
      id: `demo-${plan.ref}`,
      title: plan.title,
      description: plan.description,
      periodId: period.id,
      level: plan.level,
      team: plan.team,
      ownerIds: ownerIds(plan.owners),
      parent,
      state: 'active',
      version: 0,
      createdAt: when.toISOString(),
      updatedAt: when.toISOString(),
    });
    const created = await port.repos.objectives.create(objective);
    if (!created.ok) throw created.error;
    ids.objectives[plan.ref] = created.value.id;
    versions.set(created.value.id, created.value.version);
  }

  async function createKeyResult(objective: ObjectivePlan, kr: KrPlan, when: Date): Promise<void> {
    const period = periodOf(objective);
    const source = history.source(kr, periodEndOrNow(period), checkInTimes(kr, period));
    const objectiveId = mustId(ids.objectives, objective.ref);
    let id: string;
    if (use(RESOLVER_KEYS.createKeyResult)) {
      const written = (await port.invoke(
        RESOLVER_KEYS.createKeyResult,
        {
          objectiveId,
          title: kr.title,
          kind: kr.kind ?? 'committed',
          weight: kr.weight ?? 1,
          ownerIds: ownerIds(kr.owners),
          source: source as KrSourceDto,
          ...(kr.baseline ? { baseline: { mode: 'period' } } : {}),
        },
        admin,
      )) as Written;
      id = written.id;
    } else {
      const keyResult = KeyResult.parse({
        id: `demo-${kr.ref}`,
        objectiveId,
        title: kr.title,
        ownerIds: ownerIds(kr.owners),
        kind: kr.kind ?? 'committed',
        weight: kr.weight ?? 1,
        source,
        ...(kr.baseline ? { baseline: { mode: 'period' } } : {}),
        periodId: period.id,
        version: 0,
        createdAt: when.toISOString(),
        updatedAt: when.toISOString(),
      });
      const created = await port.repos.keyResults.create(keyResult);
      if (!created.ok) throw created.error;
      id = created.value.id;
    }
    ids.keyResults[kr.ref] = id;
    if (source.type === 'jira') await linkTargets(id, source.targets, when);
  }

  /** Links each target the KR's links do not hold yet (a create resolver may have linked them already). */
  async function linkTargets(keyResultId: string, targets: readonly TargetDto[], when: Date): Promise<void> {
    const linked = new Set(
      (await collectAll((request) => port.repos.links.listByKeyResult(keyResultId, request))).map((l) =>
        targetKey(l.target),
      ),
    );
    for (const target of targets.filter((t) => !linked.has(targetKey(t)))) {
      if (use(RESOLVER_KEYS.linkTarget)) {
        await port.invoke(RESOLVER_KEYS.linkTarget, { keyResultId, target }, admin);
      } else {
        const added = await port.repos.links.add({
          keyResultId,
          target,
          createdBy: admin,
          createdAt: when.toISOString(),
        });
        if (!added.ok) throw added.error;
      }
    }
  }

  async function checkIn(objective: ObjectivePlan, kr: KrPlan, when: Date, index: number): Promise<void> {
    const period = periodOf(objective);
    const keyResultId = mustId(ids.keyResults, kr.ref);
    const times = checkInTimes(kr, period);
    const source = history.source(kr, when, times);
    const result = history.progress(
      kr,
      { source, ...(kr.baseline ? { baseline: { mode: 'period' } } : {}) },
      when,
      period,
    );
    const pace = history.status(kr, result.progress, period, when.toISOString().slice(0, 10));
    const { note, blockers } = noteFor(pace.status, evidenceText(result.evidence));
    const confidence = confidenceFor(pace.status, objective.team === 'Mobile');
    const value = source.type === 'metric' ? source.current : undefined;
    const author = ownerIds(kr.owners)[0] as string;
    if (use(RESOLVER_KEYS.recordCheckIn)) {
      await port.invoke(
        RESOLVER_KEYS.recordCheckIn,
        { keyResultId, confidence, note, ...(value === undefined ? {} : { value }), ...(blockers ? { blockers } : {}) },
        author,
      );
      return;
    }
    pendingCheckIns.push({
      id: `demo-${kr.ref}-${index + 1}`,
      keyResultId,
      authorId: author,
      at: when.toISOString(),
      confidence,
      note,
      ...(value === undefined ? {} : { value }),
      ...(blockers ? { blockers } : {}),
    });
  }

  /** The closed quarter: final progress as of its last day, then each objective closed with its grade. */
  async function closePreviousQuarter(when: Date): Promise<void> {
    const asOf = at(PREVIOUS_QUARTER.end, 23.99);
    const plans = OKR_PLAN.filter((o) => o.period === 'previous');
    for (const objective of plans) {
      for (const kr of objective.keyResults) {
        const id = mustId(ids.keyResults, kr.ref);
        const keyResult = await port.repos.keyResults.get(id);
        if (!keyResult) throw new Error(`Demo seed: key result ${id} vanished`);
        const result = history.progress(kr, keyResult, asOf, PREVIOUS_QUARTER);
        await port.repos.progress.save(freshProgress(id, result, asOf.toISOString()));
      }
    }
    const grades = port.available.has(RESOLVER_KEYS.closeObjective) ? new Map<string, number>() : await gradesOf(plans);
    for (const objective of plans) {
      const id = mustId(ids.objectives, objective.ref);
      const retrospective = objective.retrospective;
      if (use(RESOLVER_KEYS.closeObjective)) {
        const version = versions.get(id) ?? 1;
        await port.invoke(
          RESOLVER_KEYS.closeObjective,
          { objectiveId: id, version, ...(retrospective ? { retrospective } : {}) },
          admin,
        );
        continue;
      }
      const stored = await port.repos.objectives.get(id);
      if (!stored) throw new Error(`Demo seed: objective ${id} vanished`);
      const closed = await port.repos.objectives.update({
        ...stored,
        state: 'closed',
        grade: grades.get(id) ?? 0,
        ...(retrospective ? { retrospective } : {}),
        updatedAt: when.toISOString(),
      });
      if (!closed.ok) throw closed.error;
    }
    // Every objective of the quarter is closed now, so the quarter itself closes and the sandbox shows it read-only.
    if (use(RESOLVER_KEYS.closePeriod)) {
      await port.invoke(RESOLVER_KEYS.closePeriod, { periodId: PREVIOUS_QUARTER.id }, admin);
    } else {
      await port.repos.periodStates.close({
        periodId: PREVIOUS_QUARTER.id,
        closedAt: when.toISOString(),
        closedBy: admin,
      });
    }
  }

  async function gradesOf(plans: readonly ObjectivePlan[]): Promise<Map<string, number>> {
    const objectives = await Promise.all(plans.map((p) => port.repos.objectives.get(mustId(ids.objectives, p.ref))));
    const krPlans = plans.flatMap((p) => p.keyResults);
    const keyResults = await Promise.all(krPlans.map((k) => port.repos.keyResults.get(mustId(ids.keyResults, k.ref))));
    const progress = await port.repos.progress.getMany(keyResults.flatMap((k) => (k ? [k.id] : [])));
    const rolled = rollupObjectives({
      objectives: objectives.filter((o): o is Objective => o !== undefined),
      keyResults: keyResults.filter((k): k is KeyResult => k !== undefined),
      keyResultProgress: new Map([...progress].map(([id, p]) => [id, p.progress])),
    });
    return new Map([...rolled].map(([id, p]) => [id, roundGrade(p.progress)]));
  }

  // The history, in the order it happened.
  const tasks: { at: Date; run: () => Promise<void> }[] = [];
  OKR_PLAN.forEach((objective, index) => {
    const period = periodOf(objective);
    const planned = plusDays(at(addDays(period.start, -7), 10), index / 1440);
    tasks.push({ at: planned, run: () => createObjective(objective, planned) });
    objective.keyResults.forEach((kr, k) => {
      const when = plusDays(planned, (k + 1) / 86400);
      tasks.push({ at: when, run: () => createKeyResult(objective, kr, when) });
      checkInTimes(kr, period).forEach((time, i) =>
        tasks.push({ at: time, run: () => checkIn(objective, kr, time, i) }),
      );
    });
  });
  const closing = at(addDays(PREVIOUS_QUARTER.end, 2), 10);
  tasks.push({ at: closing, run: () => closePreviousQuarter(closing) });
  for (const task of tasks.map((t, order) => ({ ...t, order })).sort((a, b) => +a.at - +b.at || a.order - b.order)) {
    port.pin(task.at);
    await task.run();
  }
  port.pin(new Date(DEMO_START));

  await batchWrite(
    port.kvs,
    pendingCheckIns.map((c) => ({ key: recordKey(c.id), value: checkInCodec.encode(c), entityName: ENTITY.checkIn })),
  );
  await batchWrite(port.kvs, snapshots(history, ids));
  return ids;
}

/** One snapshot per key result per day, from its period's start to the day before the demo day. */
function snapshots(history: DemoHistory, ids: DemoOkrs) {
  const items: { key: string; value: unknown; entityName: string }[] = [];
  for (const objective of OKR_PLAN) {
    const period = periodOf(objective);
    const last = period.end < DEMO_DAY ? period.end : addDays(DEMO_DAY, -1);
    for (const kr of objective.keyResults) {
      const id = mustId(ids.keyResults, kr.ref);
      const times = checkInTimes(kr, period);
      for (let day = period.start; day <= last; day = addDays(day, 1)) {
        const endOfDay = at(day, 23.99);
        const source = history.source(kr, endOfDay, times);
        const result = history.progress(
          kr,
          { source, ...(kr.baseline ? { baseline: { mode: 'period' } } : {}) },
          endOfDay,
          period,
        );
        const snapshot = snapshotOf(freshProgress(id, result, endOfDay.toISOString()), day);
        items.push({ key: recordKey(id, day), value: snapshotCodec.encode(snapshot), entityName: ENTITY.snapshot });
      }
    }
  }
  return items;
}

async function batchWrite(kvs: Kvs, items: { key: string; value: unknown; entityName: string }[]): Promise<void> {
  for (let start = 0; start < items.length; start += BATCH) {
    const { failedKeys } = await kvs.batchSet(items.slice(start, start + BATCH));
    if (failedKeys.length > 0) {
      const first = failedKeys[0];
      throw new Error(`Demo seed: storing ${first?.key} failed: ${first?.error.code} ${first?.error.message}`);
    }
  }
}

function periodEndOrNow(period: Period): Date {
  return period.end < DEMO_DAY ? at(period.end, 23.99) : new Date(DEMO_START);
}

function evidenceText(evidence: ProgressEvidence): string {
  if (evidence.metric)
    return `now at ${evidence.metric.current}${evidence.metric.unit ? ` ${evidence.metric.unit}` : ''}`;
  if (evidence.milestones) return `${evidence.milestones.done} of ${evidence.milestones.total} milestones done`;
  if (evidence.points) return `${evidence.points.done} of ${evidence.points.total} points done`;
  return `${evidence.scope.done} of ${evidence.scope.issues} issues done, ${evidence.scope.inProgress} in progress`;
}

function mustId(map: Record<string, string>, ref: string): string {
  const id = map[ref];
  if (!id) throw new Error(`Demo seed: ${ref} was not created before it was needed`);
  return id;
}
