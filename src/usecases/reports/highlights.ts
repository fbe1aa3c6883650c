import type { HighlightDto, KrSummaryDto, ObjectiveNodeDto } from '../../contract';
import {
  HIGHLIGHT_WINDOW_DAYS,
  addDays,
  findHighlights,
  type CalendarDay,
  type HighlightCandidate,
  type KeyResult,
  type ProgressSnapshot,
} from '../../domain';
import type { Services } from '../../services';
import { collectAll } from '../../store';
import type { ViewContext } from '../views/view-context';

/** Snapshots per day are one per KR of the running periods: a page of 100 and a generous cap. */
const PER_DAY = { limit: 100, maxItems: 10_000 };
/** One KR's window is at most HIGHLIGHT_WINDOW_DAYS snapshots: one page. */
const PER_KEY_RESULT = { limit: 100, maxItems: 100 };

/**
 * Highlights among the KRs a view shows, from storage only (no Jira call): never more snapshot queries than KRs shown,
 * nor than days in the window (per 100 snapshots a day); today's value is the stored progress the summaries carry.
 */
export async function highlightsOf(
  services: Pick<Services, 'repos'>,
  shown: readonly { keyResult: KeyResult; summary: KrSummaryDto }[],
  context: ViewContext,
): Promise<HighlightDto[]> {
  const dated = shown.flatMap((entry) => {
    const period = context.periodOf(entry.keyResult.periodId);
    return period ? [{ ...entry, period }] : [];
  });
  if (dated.length === 0) return [];
  const byKeyResult = await snapshotsByKeyResult(services, context.today, new Set(dated.map((e) => e.keyResult.id)));
  const candidates: HighlightCandidate[] = dated.map(({ keyResult, summary, period }) => ({
    keyResultId: keyResult.id,
    kind: keyResult.kind,
    period,
    snapshots: byKeyResult.get(keyResult.id) ?? [],
    progress: summary.progress,
  }));
  const summaries = new Map(dated.map((e) => [e.keyResult.id, e.summary]));
  return findHighlights(candidates, context.today, context.settings).flatMap((h) => {
    const summary = summaries.get(h.keyResultId);
    if (!summary) return [];
    return [
      {
        keyResultId: h.keyResultId,
        title: summary.title,
        objectiveTitle: summary.objectiveTitle,
        owners: summary.owners,
        kind: summary.kind,
        what: h.what,
        on: h.on,
      },
    ];
  });
}

/**
 * The snapshots of the window's days before today and of the day before the window, which it starts from. A few KRs
 * (a gadget on one objective) are read one query each; more are read by day, one query per day (paged by 100) for
 * all of them: whichever makes fewer storage reads.
 */
async function snapshotsByKeyResult(
  services: Pick<Services, 'repos'>,
  today: CalendarDay,
  wanted: ReadonlySet<string>,
): Promise<Map<string, ProgressSnapshot[]>> {
  const from = addDays(today, -HIGHLIGHT_WINDOW_DAYS);
  const to = addDays(today, -1);
  const { snapshots } = services.repos;
  const pages =
    wanted.size <= HIGHLIGHT_WINDOW_DAYS
      ? await Promise.all(
          [...wanted].map((id) =>
            collectAll((page) => snapshots.listByKeyResult(id, { ...page, from, to }), PER_KEY_RESULT),
          ),
        )
      : await Promise.all(
          Array.from({ length: HIGHLIGHT_WINDOW_DAYS }, (_, i) => addDays(from, i)).map((day) =>
            collectAll((page) => snapshots.listByDate(day, page), PER_DAY),
          ),
        );
  const out = new Map<string, ProgressSnapshot[]>();
  for (const snapshot of pages.flat()) {
    if (!wanted.has(snapshot.keyResultId)) continue;
    const list = out.get(snapshot.keyResultId) ?? [];
    list.push(snapshot);
    out.set(snapshot.keyResultId, list);
  }
  return out;
}

/** Highlights among the KRs of a view's tree, leaving out abandoned objectives: nothing there to celebrate. */
export function highlightsInTree(
  services: Pick<Services, 'repos'>,
  roots: readonly ObjectiveNodeDto[],
  keyResults: readonly KeyResult[],
  context: ViewContext,
): Promise<HighlightDto[]> {
  const byId = new Map(keyResults.map((kr) => [kr.id, kr]));
  const shown: { keyResult: KeyResult; summary: KrSummaryDto }[] = [];
  const visit = (nodes: readonly ObjectiveNodeDto[]): void => {
    for (const node of nodes) {
      if (node.state !== 'abandoned') {
        for (const summary of node.keyResults) {
          const keyResult = byId.get(summary.id);
          if (keyResult) shown.push({ keyResult, summary });
        }
      }
      visit(node.children);
    }
  };
  visit(roots);
  return highlightsOf(services, shown, context);
}
