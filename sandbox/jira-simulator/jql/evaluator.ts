/**
 * Compiles a parsed JQL query into a predicate and a comparator over issue records. All values are resolved at
 * compile time, so a bad value fails the request with 400 even when no issue would have been looked at.
 * Semantics follow Jira: `!=` and `NOT IN` never match an empty field, `=`/`IN` on multi-value fields match any
 * value, `= EMPTY` means `IS EMPTY`. History clauses (`status WAS …`) compile in history.ts.
 */
import type { Clause, Node, Operand, Query } from './ast';
import { evaluateDateFunction, isDateFunction, parseDateValue } from './dates';
import { JqlError, unsupported } from './errors';
import { lookupField, notValidFunction, type EvalContext, type JqlField } from './fields';
import { compileWasClause } from './history';
import { compileOrder } from './order';
import type { IssueRecord } from '../state/store';

export type Predicate = (rec: IssueRecord) => boolean;

export interface CompiledQuery {
  bounded: boolean;
  matches: Predicate;
  compare(a: IssueRecord, b: IssueRecord): number;
}

interface Resolved {
  ids: Set<string>;
  times: number[];
  includesEmpty: boolean;
}

function resolveOperand(field: JqlField, written: string, operand: Operand, ctx: EvalContext, out: Resolved): void {
  switch (operand.kind) {
    case 'empty':
      out.includesEmpty = true;
      return;
    case 'list':
      for (const item of operand.items) resolveOperand(field, written, item, ctx, out);
      return;
    case 'function':
      if (field.kind === 'date') {
        if (!isDateFunction(operand.name)) throw notValidFunction(operand.name, field.name);
        out.times.push(evaluateDateFunction(operand.name, operand.args, ctx.now).getTime());
        return;
      }
      if (!field.resolveFunction) throw notValidFunction(operand.name, field.name);
      for (const id of field.resolveFunction(operand.name, operand.args, ctx)) out.ids.add(id);
      return;
    case 'value':
      if (field.kind === 'date') {
        out.times.push(parseDateValue(operand.text, field.name, ctx.now).getTime());
        return;
      }
      for (const id of field.resolve?.(operand.text, ctx, written) ?? []) out.ids.add(id);
  }
}

const minute = (t: number) => Math.floor(t / 60_000);

function compileClause(c: Clause, ctx: EvalContext): Predicate {
  const field = lookupField(c.field, ctx.store);
  let op = c.op;
  if (field.unsupportedOperators?.has(op))
    throw unsupported(`the operator '${op.toUpperCase()}' on the '${field.name}' field`);
  if (!field.operators.has(op))
    throw new JqlError([`The operator '${op.toUpperCase()}' is not supported by the '${c.field}' field.`]);
  if ((op === 'is' || op === 'is not') && c.operand.kind !== 'empty') {
    throw new JqlError([
      `The operator '${op.toUpperCase()}' only supports the values 'EMPTY' and 'NULL' for the '${c.field}' field.`,
    ]);
  }
  if (c.operand.kind === 'empty' && op === '=') op = 'is';
  if (c.operand.kind === 'empty' && op === '!=') op = 'is not';
  const r: Resolved = { ids: new Set(), times: [], includesEmpty: false };
  resolveOperand(field, c.field, c.operand, ctx, r);
  const isEmpty = (v: ReturnType<JqlField['value']>) => v === null || (Array.isArray(v) && v.length === 0);

  if (op === 'is') return (rec) => isEmpty(field.value(rec));
  if (op === 'is not') return (rec) => !isEmpty(field.value(rec));
  const positive = op === '=' || op === 'in';

  if (field.kind === 'date') {
    const t0 = r.times[0];
    if (op === '<' || op === '>' || op === '<=' || op === '>=') {
      if (t0 === undefined || r.times.length !== 1)
        throw new JqlError([`The operator '${op}' needs a single date for '${c.field}'.`]);
      const cmp = {
        '<': (t: number) => t < t0,
        '>': (t: number) => t > t0,
        '<=': (t: number) => t <= t0,
        '>=': (t: number) => t >= t0,
      }[op];
      return (rec) => {
        const v = field.value(rec);
        return v instanceof Date && cmp(v.getTime());
      };
    }
    return (rec) => {
      const v = field.value(rec);
      if (!(v instanceof Date)) return positive && r.includesEmpty;
      const hit = r.times.some((t) => minute(t) === minute(v.getTime()));
      return positive ? hit : !hit;
    };
  }
  return (rec) => {
    const v = field.value(rec);
    const values = v === null ? [] : Array.isArray(v) ? v : [String(v)];
    if (values.length === 0) return positive && r.includesEmpty;
    const hit = values.some((x) => r.ids.has(x));
    return positive ? hit : !hit;
  };
}

function compileNode(node: Node, ctx: EvalContext): Predicate {
  switch (node.kind) {
    case 'clause':
      return compileClause(node, ctx);
    case 'was':
      return compileWasClause(node, ctx);
    case 'not': {
      const inner = compileNode(node.child, ctx);
      return (rec) => !inner(rec);
    }
    case 'and': {
      const parts = node.children.map((n) => compileNode(n, ctx));
      return (rec) => parts.every((p) => p(rec));
    }
    case 'or': {
      const parts = node.children.map((n) => compileNode(n, ctx));
      return (rec) => parts.some((p) => p(rec));
    }
  }
}

export function compileQuery(query: Query, ctx: EvalContext): CompiledQuery {
  const matches = query.where === null ? () => true : compileNode(query.where, ctx);
  return { bounded: query.where !== null, matches, compare: compileOrder(query.orderBy, ctx.store) };
}
