import { calendarDayIn } from '../model/calendar-day-in-zone';
import { dayFromNumber, dayNumber, type CalendarDay } from '../model/calendar-day';
import type { StatusCategory } from '../rollup/issue-fact';

/** One status or parent change from an issue's changelog, already mapped to categories and parent ids. */
export type HistoryChange =
  | { at: string; field: 'status'; fromCategory?: StatusCategory; toCategory?: StatusCategory }
  | { at: string; field: 'parent'; fromParent?: string | null; toParent?: string | null };

export interface IssueHistoryFacts {
  id: string;
  /** ISO instant the issue was created. */
  createdAt: string;
  /** Every status and parent change, in any order. */
  changes: readonly HistoryChange[];
  currentParent?: string | null;
  currentCategory: StatusCategory;
}

export interface BurnupDay {
  date: CalendarDay;
  /** Issues in scope at the end of the day. */
  scope: number;
  /** Of those, in the done status category. */
  done: number;
}

export interface RebuildBurnupInput {
  issues: readonly IssueHistoryFacts[];
  /** Epics (parents) whose children are the scope. */
  scopeParents: ReadonlySet<string>;
  period: { start: CalendarDay; end: CalendarDay };
  /** Days after today are not drawn. */
  today: CalendarDay;
  timeZone: string;
}

interface State {
  day: number;
  parent: string | null;
  category: StatusCategory;
}

/**
 * The burn-up of a scope, rebuilt from changelogs: for each day of the period up to today, the issues in scope and the
 * done ones at the end of that day (site time zone). An issue enters the scope when created under a scope parent or
 * moved under one, and leaves when moved out, so scope growth shows as scope, not as slow delivery.
 *
 * The state at creation is read backwards from the first change of each field (its `from`), falling back to the
 * current value when a field never changed; each change then moves the state forward.
 */
export function rebuildBurnup(input: RebuildBurnupInput): BurnupDay[] {
  const first = dayNumber(input.period.start);
  const last = Math.min(dayNumber(input.period.end), dayNumber(input.today));
  if (last < first) return [];
  const length = last - first + 1;
  const scopeDelta = new Array<number>(length + 1).fill(0);
  const doneDelta = new Array<number>(length + 1).fill(0);

  for (const issue of input.issues) {
    const states = statesOf(issue, input.timeZone);
    for (let i = 0; i < states.length; i += 1) {
      const state = states[i] as State;
      if (state.parent === null || !input.scopeParents.has(state.parent)) continue;
      // A state holds from its day until the next state's day; the last state of a day is the one that day shows.
      const from = Math.max(state.day, first) - first;
      const to = Math.min(states[i + 1]?.day ?? Infinity, last + 1) - first;
      if (from >= to) continue;
      scopeDelta[from] = (scopeDelta[from] ?? 0) + 1;
      scopeDelta[to] = (scopeDelta[to] ?? 0) - 1;
      if (state.category === 'done') {
        doneDelta[from] = (doneDelta[from] ?? 0) + 1;
        doneDelta[to] = (doneDelta[to] ?? 0) - 1;
      }
    }
  }

  const days: BurnupDay[] = [];
  let scope = 0;
  let done = 0;
  for (let i = 0; i < length; i += 1) {
    scope += scopeDelta[i] ?? 0;
    done += doneDelta[i] ?? 0;
    days.push({ date: dayFromNumber(first + i), scope, done });
  }
  return days;
}

function statesOf(issue: IssueHistoryFacts, timeZone: string): State[] {
  const created = dayOf(issue.createdAt, timeZone);
  if (created === undefined) return [];
  const changes = issue.changes
    .map((change) => ({ change, time: Date.parse(change.at) }))
    .filter((c) => Number.isFinite(c.time))
    .sort((a, b) => a.time - b.time)
    .map((c) => c.change);
  const firstStatus = changes.find((c) => c.field === 'status');
  const firstParent = changes.find((c) => c.field === 'parent');
  let state: State = {
    day: created,
    parent: firstParent ? (firstParent.fromParent ?? null) : (issue.currentParent ?? null),
    category: firstStatus ? (firstStatus.fromCategory ?? 'new') : issue.currentCategory,
  };
  const states = [state];
  for (const change of changes) {
    const day = Math.max(dayOf(change.at, timeZone) ?? created, created);
    state =
      change.field === 'status'
        ? { day, parent: state.parent, category: change.toCategory ?? 'new' }
        : { day, parent: change.toParent ?? null, category: state.category };
    states.push(state);
  }
  return states;
}

function dayOf(instant: string, timeZone: string): number | undefined {
  const day = calendarDayIn(instant, timeZone);
  return day === undefined ? undefined : dayNumber(day);
}
