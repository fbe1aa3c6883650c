/**
 * `import`: OKR definitions from the YAML into the app, through its own resolvers (okr/createObjective,
 * okr/createKeyResult). Everything that can be checked first is (Jira targets resolve, periods exist), so a bad file
 * imports nothing. Parents are created before their children. Not idempotent: importing twice creates twice.
 */
import type { JiraApi, Target } from '../jira';
import type { Invoke } from './app-client';
import type { FileObjective, OkrFile } from './okr-file-schema';
import { resolveTargets } from './resolve-targets';

export interface ImportResult {
  /** Problems found before anything was written: nothing was imported. */
  refused: string[];
  created: Array<{ kind: 'objective' | 'key-result'; fileId: string; appId: string }>;
  /** A write that failed after others succeeded. */
  failed?: string;
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
  const ordered = parentsFirst(file.objectives);
  if (ordered === undefined) refused.push('objectives align in a cycle (parent of a parent of … itself)');
  if (refused.length > 0 || ordered === undefined) return { refused, created: [] };

  const created: ImportResult['created'] = [];
  const appIds = new Map<string, string>();
  const write = async (key: string, payload: unknown, what: string): Promise<string | undefined> => {
    const answer = await deps.invoke(key, payload);
    if (answer.ok) return (answer.data as { id: string }).id;
    throw new Error(`${what}: ${answer.error.message} (${answer.error.code})`);
  };
  try {
    for (const o of ordered) {
      deps.onStep?.(`importing objective ${o.id}`);
      const parentId = o.parent ? appIds.get(o.parent.id) : undefined;
      const id = await write(
        'okr/createObjective',
        {
          title: o.title,
          level: o.level,
          ...(o.team ? { team: o.team } : {}),
          periodId: o.period,
          ownerIds: [deps.ownerId],
          ...(o.parent && parentId ? { parent: { objectiveId: parentId, contributionWeight: o.parent.weight } } : {}),
        },
        `objective ${o.id}`,
      );
      if (id === undefined) continue;
      appIds.set(o.id, id);
      created.push({ kind: 'objective', fileId: o.id, appId: id });
      for (const kr of o.keyResults) {
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
          { objectiveId: id, title: kr.title, kind: kr.kind, weight: kr.weight, ownerIds: [deps.ownerId], source },
          `key result ${kr.id}`,
        );
        if (krId !== undefined) created.push({ kind: 'key-result', fileId: kr.id, appId: krId });
      }
    }
  } catch (error) {
    return { refused: [], created, failed: error instanceof Error ? error.message : String(error) };
  }
  return { refused: [], created };
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
