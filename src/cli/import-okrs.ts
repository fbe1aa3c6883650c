/**
 * `import`: OKR definitions from the YAML into the app, through its own resolvers (okr/createObjective,
 * okr/createKeyResult). Everything that can be checked first is (Jira targets and owners resolve, periods exist), so
 * a bad file imports nothing. Parents are created before their children.
 *
 * Idempotent (docs/adr/0014): what the app already has is matched and left as it is, so importing the same file twice
 * creates nothing the second time. An objective matches one of the app's in the same period with the file's `id` as
 * its app id (a file from `export`) or, failing that, the same title; a key result matches one of its objective's by
 * app id or title. Matched records are not updated.
 */
import type { ObjectiveNodeDto, PortfolioView } from '../contract';
import type { JiraApi, Target } from '../jira';
import type { Invoke } from './app-client';
import type { FileObjective, OkrFile } from './okr-file-schema';
import { resolveOwners } from './resolve-owners';
import { resolveTargets } from './resolve-targets';

export interface ImportResult {
  /** Problems found before anything was written: nothing was imported. */
  refused: string[];
  created: Array<{ kind: 'objective' | 'key-result'; fileId: string; appId: string }>;
  /** Already in the app (matched by id or title): left as they are. */
  matched?: Array<{ kind: 'objective' | 'key-result'; fileId: string; appId: string }>;
  /** A write that failed after others succeeded. */
  failed?: string;
}

interface Existing {
  id: string;
  title: string;
  keyResults: { id: string; title: string }[];
}

export async function importOkrs(
  file: OkrFile,
  deps: { invoke: Invoke; jira?: { api: JiraApi }; ownerId: string; onStep?: (step: string) => void },
): Promise<ImportResult> {
  const refused: string[] = [];
  const periods = await deps.invoke('okr/listPeriods', {});
  if (!periods.ok) return { refused: [`The app refused to list periods: ${periods.error.message}`], created: [] };
  const known = new Set((periods.data as Array<{ id: string }>).map((p) => p.id));
  for (const o of file.objectives) {
    if (!known.has(o.period))
      refused.push(`objective ${o.id}: the app has no period ${o.period} (it has ${[...known].join(', ')})`);
  }

  const refs = file.objectives.flatMap((o) =>
    o.keyResults.flatMap((kr) => (kr.source.type === 'jira' ? kr.source.targets : [])),
  );
  deps.onStep?.(`resolving ${refs.length} Jira targets`);
  const resolved = deps.jira && refs.length > 0 ? await resolveTargets(deps.jira.api, refs) : new Map();
  for (const o of file.objectives) {
    for (const kr of o.keyResults) {
      if (kr.source.type !== 'jira') continue;
      for (const t of kr.source.targets) {
        const problem = resolved.get(t)?.problem;
        if (problem) refused.push(`key result ${kr.id}: ${problem}`);
      }
    }
  }
  const owners = await ownersOf(file, deps, refused);
  const ordered = parentsFirst(file.objectives);
  if (ordered === undefined) refused.push('objectives align in a cycle (parent of a parent of … itself)');
  if (refused.length > 0 || ordered === undefined) return { refused, created: [] };

  deps.onStep?.('reading what the app already has');
  const existing = await existingObjectives(deps.invoke, [...new Set(file.objectives.map((o) => o.period))]);
  if (!existing.ok) return { refused: [existing.error], created: [] };

  const created: ImportResult['created'] = [];
  const matched: NonNullable<ImportResult['matched']> = [];
  const appIds = new Map<string, string>();
  const write = async (key: string, payload: unknown, what: string): Promise<string | undefined> => {
    const answer = await deps.invoke(key, payload);
    if (answer.ok) return (answer.data as { id: string }).id;
    throw new Error(`${what}: ${answer.error.message} (${answer.error.code})`);
  };
  try {
    for (const o of ordered) {
      deps.onStep?.(`importing objective ${o.id}`);
      const same = matchOf(existing.byPeriod.get(o.period) ?? [], o.id, o.title);
      let id: string | undefined;
      if (same) {
        id = same.id;
        matched.push({ kind: 'objective', fileId: o.id, appId: id });
      } else {
        const parentId = o.parent ? appIds.get(o.parent.id) : undefined;
        id = await write(
          'okr/createObjective',
          {
            title: o.title,
            level: o.level,
            ...(o.team ? { team: o.team } : {}),
            periodId: o.period,
            ownerIds: owners.of(o.owners),
            ...(o.parent && parentId ? { parent: { objectiveId: parentId, contributionWeight: o.parent.weight } } : {}),
          },
          `objective ${o.id}`,
        );
        if (id === undefined) continue;
        created.push({ kind: 'objective', fileId: o.id, appId: id });
      }
      appIds.set(o.id, id);
      for (const kr of o.keyResults) {
        const sameKr = matchOf(same?.keyResults ?? [], kr.id, kr.title);
        if (sameKr) {
          matched.push({ kind: 'key-result', fileId: kr.id, appId: sameKr.id });
          continue;
        }
        const source =
          kr.source.type === 'jira'
            ? {
                ...kr.source,
                targets: kr.source.targets.flatMap((t): Target[] => {
                  const target = resolved.get(t)?.target as Target | undefined;
                  return target ? [target] : [];
                }),
              }
            : kr.source.type === 'milestones'
              ? { type: 'milestones', items: kr.source.items.map((m, i) => ({ id: String(i + 1), ...m })) }
              : kr.source;
        const krId = await write(
          'okr/createKeyResult',
          {
            objectiveId: id,
            title: kr.title,
            kind: kr.kind,
            weight: kr.weight,
            ownerIds: owners.of(kr.owners),
            source,
          },
          `key result ${kr.id}`,
        );
        if (krId !== undefined) created.push({ kind: 'key-result', fileId: kr.id, appId: krId });
      }
    }
  } catch (error) {
    return { refused: [], created, matched, failed: error instanceof Error ? error.message : String(error) };
  }
  return { refused: [], created, matched };
}

/** Owners by account id; a file naming none gives the acting account, as before owners were in the file. */
async function ownersOf(
  file: OkrFile,
  deps: { jira?: { api: JiraApi }; ownerId: string },
  refused: string[],
): Promise<{ of(refs: readonly string[] | undefined): string[] }> {
  const named = file.objectives.flatMap((o) => [
    ...(o.owners ?? []).map((ref) => ({ ref, who: `objective ${o.id}` })),
    ...o.keyResults.flatMap((kr) => (kr.owners ?? []).map((ref) => ({ ref, who: `key result ${kr.id}` }))),
  ]);
  const fallback = { of: (refs: readonly string[] | undefined) => (refs ? [...refs] : [deps.ownerId]) };
  if (named.length === 0) return fallback;
  if (!deps.jira) {
    refused.push('owners are named, but no Jira site is connected to resolve them');
    return fallback;
  }
  const resolved = await resolveOwners(
    deps.jira.api,
    named.map((n) => n.ref),
  );
  for (const { ref, who } of named) {
    const problem = resolved.get(ref)?.problem;
    if (problem) refused.push(`${who}: owner ${problem}`);
  }
  return {
    of: (refs) => (refs ? [...new Set(refs.flatMap((ref) => resolved.get(ref)?.accountId ?? []))] : [deps.ownerId]),
  };
}

/** The app's objectives (with their KRs) in each period the file names, from okr/portfolio. */
async function existingObjectives(
  invoke: Invoke,
  periodIds: readonly string[],
): Promise<{ ok: true; byPeriod: Map<string, Existing[]> } | { ok: false; error: string }> {
  const byPeriod = new Map<string, Existing[]>();
  for (const periodId of periodIds) {
    const answer = await invoke('okr/portfolio', { periodId });
    if (!answer.ok)
      return { ok: false, error: `The app refused the portfolio of ${periodId}: ${answer.error.message}` };
    const all = new Map<string, ObjectiveNodeDto>();
    const visit = (node: ObjectiveNodeDto) => {
      if (all.has(node.id)) return;
      all.set(node.id, node);
      node.children.forEach(visit);
    };
    (answer.data as PortfolioView).roots.forEach(visit);
    byPeriod.set(
      periodId,
      [...all.values()].map((o) => ({
        id: o.id,
        title: o.title,
        keyResults: o.keyResults.map((kr) => ({ id: kr.id, title: kr.title })),
      })),
    );
  }
  return { ok: true, byPeriod };
}

/** The same record by app id first (a file from `export`), then by title (trimmed, case as written). */
function matchOf<T extends { id: string; title: string }>(records: readonly T[], fileId: string, title: string) {
  return records.find((r) => r.id === fileId) ?? records.find((r) => r.title.trim() === title.trim());
}

function parentsFirst(objectives: readonly FileObjective[]): FileObjective[] | undefined {
  const out: FileObjective[] = [];
  const placed = new Set<string>();
  let pending = [...objectives];
  while (pending.length > 0) {
    const ready = pending.filter((o) => !o.parent || placed.has(o.parent.id));
    if (ready.length === 0) return undefined;
    for (const o of ready) {
      out.push(o);
      placed.add(o.id);
    }
    pending = pending.filter((o) => !placed.has(o.id));
  }
  return out;
}
