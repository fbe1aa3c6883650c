import type { FieldError } from '../../domain';
import type { Decoded } from '../../store/backup';

/**
 * What the domain schemas cannot see in one record: every record names things of the same backup (a KR its
 * objective, a link its KR, an objective its parent), no id appears twice in a kind, and alignment has no cycle. A
 * backup is a whole site, so a reference it cannot resolve is a damaged or hand-edited document.
 */
export function checkReferences(decoded: Decoded): FieldError[] {
  const problems: FieldError[] = [];
  const objectiveIds = unique('objectives', decoded.objectives, (o) => o.id, problems);
  const keyResultIds = unique('keyResults', decoded.keyResults, (kr) => kr.id, problems);
  unique('checkIns', decoded.checkIns, (c) => c.id, problems);
  unique('links', decoded.links, (l) => `${l.keyResultId} ${JSON.stringify(l.target)}`, problems);
  unique('snapshots', decoded.snapshots, (s) => `${s.keyResultId} ${s.date}`, problems);
  unique('progress', decoded.progress, (p) => p.keyResultId, problems);
  unique('closedPeriods', decoded.closedPeriods, (c) => c.periodId, problems);

  const missing = (path: string, what: string) =>
    problems.push({ path, message: `names ${what} that is not in the backup` });
  decoded.objectives.forEach((o, i) => {
    if (o.parent && !objectiveIds.has(o.parent.objectiveId))
      missing(`objectives[${i}].parent.objectiveId`, 'an objective');
  });
  decoded.keyResults.forEach((kr, i) => {
    if (!objectiveIds.has(kr.objectiveId)) missing(`keyResults[${i}].objectiveId`, 'an objective');
  });
  for (const kind of ['links', 'checkIns', 'snapshots', 'progress'] as const) {
    decoded[kind].forEach((record, i) => {
      if (!keyResultIds.has(record.keyResultId)) missing(`${kind}[${i}].keyResultId`, 'a key result');
    });
  }
  problems.push(...alignmentCycles(decoded));
  return problems;
}

function unique<T>(
  kind: string,
  records: readonly T[],
  idOf: (record: T) => string,
  problems: FieldError[],
): Set<string> {
  const seen = new Set<string>();
  records.forEach((record, i) => {
    const id = idOf(record);
    if (seen.has(id)) problems.push({ path: `${kind}[${i}]`, message: 'appears twice in the backup' });
    seen.add(id);
  });
  return seen;
}

function alignmentCycles(decoded: Decoded): FieldError[] {
  const parentOf = new Map(decoded.objectives.map((o) => [o.id, o.parent?.objectiveId]));
  const problems: FieldError[] = [];
  decoded.objectives.forEach((o, i) => {
    const seen = new Set<string>([o.id]);
    for (let at = parentOf.get(o.id); at !== undefined; at = parentOf.get(at)) {
      if (seen.has(at)) {
        if (at === o.id)
          problems.push({ path: `objectives[${i}].parent.objectiveId`, message: 'closes an alignment cycle' });
        break;
      }
      seen.add(at);
    }
  });
  return problems;
}
