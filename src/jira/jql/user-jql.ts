/**
 * A KR's own JQL scope. It is JQL by definition, so it is not escaped; instead it is checked to be one balanced
 * expression and wrapped in parentheses, so whatever it says (`a OR b`) cannot leak out of its group and widen the
 * `AND` clauses we append (epic/sub-task exclusion, `statusCategory = Done`). A trailing ORDER BY is dropped: it is
 * meaningless for counting and invalid inside parentheses.
 */
import { InvalidJiraInputError } from '../errors';

export function wrapUserJql(jql: string): string {
  const masked = maskLiterals(jql);
  let depth = 0;
  for (const c of masked) {
    if (c === '(') depth += 1;
    if (c === ')') depth -= 1;
    if (depth < 0) throw new InvalidJiraInputError('JQL closes a parenthesis it never opened');
  }
  if (depth !== 0) throw new InvalidJiraInputError('JQL has an unclosed parenthesis');
  const orderBy = /\border\s+by\b/i.exec(masked);
  const body = (orderBy ? jql.slice(0, orderBy.index) : jql).trim();
  if (body === '') throw new InvalidJiraInputError('JQL scope is empty');
  return `(${body})`;
}

/** The JQL with quoted strings blanked out (same length), so quotes and parens inside values are not syntax. */
function maskLiterals(jql: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < jql.length; i += 1) {
    const c = jql.charAt(i);
    if (quote === undefined) {
      if (c === '"' || c === "'") quote = c;
      out += c;
    } else if (c === '\\') {
      out += '  ';
      i += 1;
    } else if (c === quote) {
      quote = undefined;
      out += c;
    } else {
      out += ' ';
    }
  }
  if (quote !== undefined) throw new InvalidJiraInputError('JQL has an unterminated string');
  return out;
}
