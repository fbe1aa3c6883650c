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

export type Node =
  Clause | { kind: 'and'; children: Node[] } | { kind: 'or'; children: Node[] } | { kind: 'not'; child: Node };

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
