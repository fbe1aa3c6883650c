/**
 * History search: `status WAS [NOT] [IN] values [ON d] [BEFORE d] [AFTER d] [DURING (d1, d2)]`, the way Jira
 * evaluates it. The issue's status over time is rebuilt from its status change histories: before the first change
 * it had that change's `from` (with no change, its current status) since it was created; each change starts a
 * stretch with its `to`. A clause matches when one stretch of a wanted status meets every predicate:
 * - `ON d`: the stretch overlaps the span d stands for (a whole UTC day for `yyyy-MM-dd`, see parseDateRange);
 * - `DURING (d1, d2)`: it overlaps from the start of d1's span to the end of d2's;
 * - `BEFORE d`: it began before d's span; `AFTER d`: it lasted past the end of d's span.
 * A date function (`startOfDay()`, `now()`) is an instant, not a span, as in Jira.
 * Stretches are [entered, left), matched as Jira's change-history index does (`left > start AND entered <= end`):
 * leaving at 00:00 does not count for that day, and a status held for no time at all (two transitions at one
 * instant) counts at that instant unless it is exactly the window's start. `WAS NOT` is the complement of `WAS`
 * (Jira: "issues that have never had the value"), so it also matches issues created after the window.
 * History clauses combine with AND/OR/NOT like any other clause.
 */
import type { Operand, WasClause } from './ast';
import { evaluateDateFunction, isDateFunction, parseDateRange, type DateRange } from './dates';
import { JqlError, unsupported } from './errors';
import { lookupField, notValidFunction, type EvalContext } from './fields';
import type { ChangeHistory, IssueRecord } from '../state/store';

/** A stretch of time the issue had one status: [from, to) in epoch ms; `to` is Infinity for the current status. */
export interface StatusStretch {
  statusId: string;
  from: number;
  to: number;
}

/** The issue's statuses over time, oldest first, from its status change histories (recorded oldest first). */
export function statusStretches(rec: IssueRecord, histories: readonly ChangeHistory[] | undefined): StatusStretch[] {
  const changes = (histories ?? []).flatMap((h) =>
    h.items.filter((i) => i.field === 'status').map((i) => ({ at: h.created.getTime(), from: i.from, to: i.to })),
  );
  const stretches: StatusStretch[] = [];
  let current = changes[0]?.from ?? rec.statusId;
  let since = rec.created.getTime();
  for (const c of changes) {
    stretches.push({ statusId: current, from: since, to: c.at });
    current = c.to ?? rec.statusId;
    since = c.at;
  }
  stretches.push({ statusId: current, from: since, to: Infinity });
  return stretches;
}

/** Inclusive window [a, b] a stretch must overlap; ±Infinity for open ends. */
interface Window {
  a: number;
  b: number;
}

const overlaps = (s: StatusStretch, w: Window) => s.to > w.a && s.from <= w.b;

/** Fields Jira searches history of but the simulator does not (Jira: assignee, fixVersion, priority, reporter, resolution, status). */
const HISTORY_FIELDS_NOT_SIMULATED = new Set(['fixVersion']);

function dateSpan(operand: Operand, predicate: string, field: string, ctx: EvalContext): DateRange {
  switch (operand.kind) {
    case 'value':
      return parseDateRange(operand.text, field, ctx.now);
    case 'function': {
      if (!isDateFunction(operand.name)) throw notValidFunction(operand.name, field);
      const t = evaluateDateFunction(operand.name, operand.args, ctx.now).getTime();
      return { from: t, to: t };
    }
    case 'empty':
      throw unsupported(`EMPTY as the date of the predicate '${predicate}'`);
    case 'list':
      throw new JqlError([`The predicate '${predicate}' takes a single date for the field '${field}'.`]);
  }
}

function windowOf(
  kind: 'on' | 'before' | 'after' | 'during',
  operand: Operand,
  field: string,
  ctx: EvalContext,
): Window {
  const name = kind.toUpperCase();
  if (kind === 'during') {
    const items = operand.kind === 'list' ? operand.items : [operand];
    const [first, second] = items;
    // Jira's message for a DURING without two dates is not known: unconfirmed wording.
    if (items.length !== 2 || !first || !second)
      throw new JqlError([`The predicate 'DURING' needs exactly two dates for the field '${field}'.`]);
    return { a: dateSpan(first, name, field, ctx).from, b: dateSpan(second, name, field, ctx).to };
  }
  const span = dateSpan(operand, name, field, ctx);
  if (kind === 'on') return { a: span.from, b: span.to };
  if (kind === 'before') return { a: -Infinity, b: span.from - 1 };
  return { a: span.to + 1, b: Infinity };
}

function resolveStatuses(operand: Operand, field: string, ctx: EvalContext, out: Set<string>): void {
  const status = lookupField('status', ctx.store);
  switch (operand.kind) {
    case 'empty':
      return; // a status is never empty: WAS EMPTY matches nothing
    case 'list':
      for (const item of operand.items) resolveStatuses(item, field, ctx, out);
      return;
    case 'function':
      throw notValidFunction(operand.name, status.name);
    case 'value':
      for (const id of status.resolve?.(operand.text, ctx, field) ?? []) out.add(id);
  }
}

/** Compiles a WAS clause: values and dates resolve once (a bad one is a 400 even on an empty site), then a test per issue. */
export function compileWasClause(c: WasClause, ctx: EvalContext): (rec: IssueRecord) => boolean {
  const field = lookupField(c.field, ctx.store);
  if (field.name !== 'status') {
    if (HISTORY_FIELDS_NOT_SIMULATED.has(field.name))
      throw unsupported(`the history operator 'WAS' on the '${field.name}' field`);
    throw new JqlError([`History searches do not support the '${c.field}' field.`]);
  }
  const wanted = new Set<string>();
  resolveStatuses(c.operand, c.field, ctx, wanted);
  const windows = c.predicates.map((p) => windowOf(p.kind, p.operand, c.field, ctx));
  const negated = c.op === 'was not' || c.op === 'was not in';
  return (rec) => {
    const was = statusStretches(rec, ctx.store.histories.get(rec.id)).some(
      (s) => wanted.has(s.statusId) && windows.every((w) => overlaps(s, w)),
    );
    return negated ? !was : was;
  };
}
