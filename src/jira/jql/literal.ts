/**
 * THE function that puts a user-supplied value (an id, key, or name) into JQL. Nothing else in the app concatenates
 * values into JQL, so this is the one place injection has to be impossible.
 *
 * - A canonical decimal id is emitted bare: Jira resolves bare numbers as ids (`parent in (10001)`,
 *   `fixVersion = 10010`), while a quoted "10001" is looked up as a key or name and would miss. Digits cannot inject.
 * - Everything else becomes one double-quoted string literal, escaped as Jira's own JQL encoder does: backslash and
 *   double quote get a backslash, tab/newline/return their `\t \n \r` forms, and other control characters (and lone
 *   surrogates, which cannot travel as UTF-8) a `\uXXXX` escape. The literal can never be closed from inside.
 */
const BARE_ID = /^(0|[1-9][0-9]{0,17})$/;

// eslint-disable-next-line no-control-regex -- control characters are exactly what this must find
const NEEDS_ESCAPE = /["\\\n\r\t]|[\u0000-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const SHORT_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function jqlValue(value: string): string {
  if (BARE_ID.test(value)) return value;
  const escaped = value.replace(
    NEEDS_ESCAPE,
    (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `"${escaped}"`;
}

/** `field = v` for one value, `field in (v1, v2)` for several; every value goes through `jqlValue`. */
export function inClause(field: string, values: readonly string[]): string {
  if (values.length === 0) throw new RangeError(`inClause(${field}) needs at least one value`);
  const rendered = values.map(jqlValue);
  return rendered.length === 1 ? `${field} = ${rendered[0]}` : `${field} in (${rendered.join(', ')})`;
}
