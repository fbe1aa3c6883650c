/**
 * Recursive-descent JQL parser: `OR` binds loosest, then `AND`, then `NOT`/`!`; parentheses group; an optional
 * `ORDER BY field [ASC|DESC], …` ends the query. Keywords are case-insensitive and only count unquoted.
 * History clauses: `field WAS [NOT] [IN] operand` followed by any of `ON d`, `BEFORE d`, `AFTER d`,
 * `DURING (d1, d2)`; `BY`, `FROM`, `TO` and the `CHANGED` operator are named as simulator gaps.
 */
import type {
  Clause,
  HistoryOperator,
  HistoryPredicate,
  Node,
  Operand,
  Operator,
  Query,
  SortKey,
  WasClause,
} from './ast';
import { syntaxError, unsupported } from './errors';
import { tokenize, type Token } from './lexer';
import { RESERVED_WORDS } from './reserved-words';

const OPERATORS_HINT =
  "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.i + offset, this.tokens.length - 1)] as Token;
  }

  private next(): Token {
    const t = this.peek();
    if (t.type !== 'eof') this.i++;
    return t;
  }

  private isWord(t: Token, word: string): boolean {
    return t.type === 'word' && t.text.toLowerCase() === word;
  }

  private describe(t: Token): string {
    if (t.type === 'word' || t.type === 'string') return t.text;
    if (t.type === 'op') return t.text;
    return { lparen: '(', rparen: ')', comma: ',', and: 'AND', or: 'OR', not: 'NOT', eof: '' }[t.type];
  }

  parseQuery(): Query {
    let where: Node | null = null;
    if (!(this.peek().type === 'eof' || (this.isWord(this.peek(), 'order') && this.isWord(this.peek(1), 'by')))) {
      where = this.parseOr();
    }
    const orderBy = this.isWord(this.peek(), 'order') ? this.parseOrderBy() : [];
    const t = this.peek();
    if (t.type !== 'eof') throw syntaxError(`Expecting either 'OR' or 'AND' but got '${this.describe(t)}'.`, t.pos);
    return { where, orderBy };
  }

  private parseOr(): Node {
    const children = [this.parseAnd()];
    while (this.peek().type === 'or' || this.isWord(this.peek(), 'or')) {
      this.next();
      children.push(this.parseAnd());
    }
    return children.length === 1 ? (children[0] as Node) : { kind: 'or', children };
  }

  private parseAnd(): Node {
    const children = [this.parseNot()];
    while (this.peek().type === 'and' || this.isWord(this.peek(), 'and')) {
      this.next();
      children.push(this.parseNot());
    }
    return children.length === 1 ? (children[0] as Node) : { kind: 'and', children };
  }

  private parseNot(): Node {
    const t = this.peek();
    if (t.type === 'not' || this.isWord(t, 'not')) {
      this.next();
      return { kind: 'not', child: this.parseNot() };
    }
    if (t.type === 'lparen') {
      this.next();
      const inner = this.parseOr();
      this.expectClose();
      return inner;
    }
    return this.parseClause();
  }

  private expectClose(): void {
    const t = this.next();
    if (t.type === 'rparen') return;
    if (t.type === 'eof') throw syntaxError("Expecting ')' before the end of the query.");
    throw syntaxError(`Expecting ')' but got '${this.describe(t)}'.`, t.pos);
  }

  private parseClause(): Clause | WasClause {
    const f = this.next();
    if (f.type === 'eof') throw syntaxError('Expecting a field name before the end of the query.');
    if ((f.type !== 'word' && f.type !== 'string') || (f.type === 'word' && RESERVED_WORDS.has(f.text.toLowerCase()))) {
      throw syntaxError(`Expecting a field name but got '${this.describe(f)}'.`, f.pos);
    }
    const opToken = this.peek();
    if (this.isWord(opToken, 'was')) return this.parseWasClause(f.text, f.pos);
    const op = this.parseOperator();
    const operand = op === 'in' || op === 'not in' ? this.parseListOperand() : this.parseOperand();
    return { kind: 'clause', field: f.text, fieldPos: f.pos, op, opPos: opToken.pos, operand };
  }

  private parseOperator(): Operator {
    const t = this.next();
    if (t.type === 'op') return t.text;
    if (t.type === 'not' && this.isWord(this.peek(), 'in')) {
      this.next();
      return 'not in';
    }
    if (t.type === 'word') {
      const w = t.text.toLowerCase();
      if (w === 'in') return 'in';
      if (w === 'not' && this.isWord(this.peek(), 'in')) {
        this.next();
        return 'not in';
      }
      if (w === 'is') {
        if (this.isWord(this.peek(), 'not') || this.peek().type === 'not') {
          this.next();
          return 'is not';
        }
        return 'is';
      }
      if (w === 'changed') throw unsupported(`the history operator '${t.text.toUpperCase()}'`);
    }
    if (t.type === 'eof') throw syntaxError(`Expecting operator before the end of the query. ${OPERATORS_HINT}`);
    throw syntaxError(`Expecting operator but got '${this.describe(t)}'. ${OPERATORS_HINT}`, t.pos);
  }

  private parseWasClause(field: string, fieldPos: number): WasClause {
    const opPos = this.next().pos;
    let op: HistoryOperator = 'was';
    if (this.isWord(this.peek(), 'not')) {
      this.next();
      op = 'was not';
    }
    if (this.isWord(this.peek(), 'in')) {
      this.next();
      op = op === 'was' ? 'was in' : 'was not in';
    }
    const operand = op === 'was in' || op === 'was not in' ? this.parseListOperand() : this.parseOperand();
    const predicates: HistoryPredicate[] = [];
    for (;;) {
      const t = this.peek();
      if (t.type !== 'word') break;
      const w = t.text.toLowerCase();
      if (w === 'on' || w === 'before' || w === 'after' || w === 'during') {
        this.next();
        predicates.push({
          kind: w,
          operand: w === 'during' ? this.parseListOperand() : this.parseOperand(),
          pos: t.pos,
        });
      } else if (w === 'by' || w === 'from' || w === 'to') {
        throw unsupported(`the predicate '${w.toUpperCase()}' of the history operator 'WAS'`);
      } else {
        break;
      }
    }
    return { kind: 'was', field, fieldPos, op, opPos, operand, predicates };
  }

  private parseListOperand(): Operand {
    const t = this.peek();
    if (t.type !== 'lparen') return this.parseOperand();
    this.next();
    const items: Operand[] = [this.parseOperand()];
    while (this.peek().type === 'comma') {
      this.next();
      items.push(this.parseOperand());
    }
    this.expectClose();
    return { kind: 'list', items, pos: t.pos };
  }

  private parseOperand(): Operand {
    const t = this.next();
    if (t.type === 'string') return { kind: 'value', text: t.text, pos: t.pos };
    if (t.type === 'word') {
      const w = t.text.toLowerCase();
      if (w === 'empty' || w === 'null') return { kind: 'empty', pos: t.pos };
      if (this.peek().type === 'lparen') return this.parseFunction(t.text, t.pos);
      if (RESERVED_WORDS.has(w)) {
        throw syntaxError(
          `'${t.text}' is a reserved JQL word. You must surround it in quotation marks to use it in a query.`,
          t.pos,
        );
      }
      return { kind: 'value', text: t.text, pos: t.pos };
    }
    if (t.type === 'eof') throw syntaxError('Expecting either a value, list or function before the end of the query.');
    throw syntaxError(`Expecting either a value, list or function but got '${this.describe(t)}'.`, t.pos);
  }

  private parseFunction(name: string, pos: number): Operand {
    this.next();
    const args: string[] = [];
    if (this.peek().type !== 'rparen') {
      for (;;) {
        const a = this.next();
        if (a.type !== 'word' && a.type !== 'string') {
          throw syntaxError(`Expecting a function argument but got '${this.describe(a)}'.`, a.pos);
        }
        args.push(a.text);
        if (this.peek().type !== 'comma') break;
        this.next();
      }
    }
    this.expectClose();
    return { kind: 'function', name, args, pos };
  }

  private parseOrderBy(): SortKey[] {
    this.next();
    const by = this.next();
    if (!this.isWord(by, 'by')) throw syntaxError(`Expecting 'by' but got '${this.describe(by)}'.`, by.pos);
    const keys: SortKey[] = [];
    for (;;) {
      const f = this.next();
      if (f.type !== 'word' && f.type !== 'string') {
        if (f.type === 'eof') throw syntaxError('Expecting a field name before the end of the query.');
        throw syntaxError(`Expecting a field name but got '${this.describe(f)}'.`, f.pos);
      }
      const key: SortKey = { field: f.text, pos: f.pos };
      if (this.isWord(this.peek(), 'asc') || this.isWord(this.peek(), 'desc')) {
        key.direction = (this.next() as { text: string }).text.toLowerCase() as 'asc' | 'desc';
      }
      keys.push(key);
      if (this.peek().type !== 'comma') break;
      this.next();
    }
    return keys;
  }
}

export function parseJql(src: string): Query {
  return new Parser(tokenize(src)).parseQuery();
}
