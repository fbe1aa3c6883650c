/** The JQL syntax tree the parser builds and the evaluator compiles. Positions are 0-based offsets for messages. */
export type Operator = '=' | '!=' | '<' | '>' | '<=' | '>=' | '~' | '!~' | 'in' | 'not in' | 'is' | 'is not';

export type Operand =
  | { kind: 'value'; text: string; pos: number }
  | { kind: 'empty'; pos: number }
  | { kind: 'function'; name: string; args: string[]; pos: number }
  | { kind: 'list'; items: Operand[]; pos: number };

export interface Clause {
  kind: 'clause';
  /** The field as written (unquoted), e.g. `issueType` or `cf[10016]`. */
  field: string;
  fieldPos: number;
  op: Operator;
  opPos: number;
  operand: Operand;
}

export type HistoryOperator = 'was' | 'was not' | 'was in' | 'was not in';

/** A time predicate of a history clause: `ON d`, `BEFORE d`, `AFTER d` (one operand) or `DURING (d1, d2)`. */
export interface HistoryPredicate {
  kind: 'on' | 'before' | 'after' | 'during';
  /** DURING's list as written; a single operand for the others. */
  operand: Operand;
  pos: number;
}

/** `status WAS "Done" ON "2026-10-03"`: the field's value over time, from the change histories. */
export interface WasClause {
  kind: 'was';
  field: string;
  fieldPos: number;
  op: HistoryOperator;
  opPos: number;
  operand: Operand;
  /** All must hold for the same stretch of time the field had the value; none = at any time. */
  predicates: HistoryPredicate[];
}

export type Node =
  | Clause
  | WasClause
  | { kind: 'and'; children: Node[] }
  | { kind: 'or'; children: Node[] }
  | { kind: 'not'; child: Node };

export interface SortKey {
  field: string;
  /** Absent = the field's own default order (Jira sorts dates newest first by default). */
  direction?: 'asc' | 'desc';
  pos: number;
}

export interface Query {
  where: Node | null;
  orderBy: SortKey[];
}
