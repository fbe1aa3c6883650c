/**
 * JQL tokens. Strings in "…" or '…' and unquoted words both take backslash escapes (\" \' \\ \n \r \t, '\ ',
 * \uXXXX); characters JQL reserves must be quoted or escaped, and are refused with Jira's message otherwise.
 */
import { syntaxError } from './errors';

export type Token =
  | { type: 'word'; text: string; pos: number }
  | { type: 'string'; text: string; pos: number }
  | { type: 'op'; text: '=' | '!=' | '<' | '>' | '<=' | '>=' | '~' | '!~'; pos: number }
  | { type: 'lparen' | 'rparen' | 'comma' | 'and' | 'or' | 'not' | 'eof'; pos: number };

const WORD_END = new Set([' ', '\t', '\n', '\r', '=', '!', '<', '>', '(', ')', '~', ',', '"', "'", '&', '|']);
const RESERVED = new Set(['+', ';', '?', '*', '/', '%', '^', '$', '#', '@', '[', ']', '{', '}']);

function escapeSequence(src: string, i: number): { char: string; length: number } {
  const next = src[i + 1];
  const simple: Record<string, string> = { '"': '"', "'": "'", '\\': '\\', n: '\n', r: '\r', t: '\t', ' ': ' ' };
  if (next !== undefined && simple[next] !== undefined) return { char: simple[next], length: 2 };
  if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
    return { char: String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16)), length: 6 };
  }
  throw syntaxError(
    `'\\${next ?? ''}' is an illegal JQL escape sequence. The valid escape sequences are \\', \\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX.`,
    i,
  );
}

export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (c === '(' || c === ')' || c === ',') {
      tokens.push({ type: c === '(' ? 'lparen' : c === ')' ? 'rparen' : 'comma', pos: i });
      i++;
    } else if (two === '!=' || two === '!~' || two === '<=' || two === '>=') {
      tokens.push({ type: 'op', text: two, pos: i });
      i += 2;
    } else if (c === '=' || c === '<' || c === '>' || c === '~') {
      tokens.push({ type: 'op', text: c, pos: i });
      i++;
    } else if (c === '!') {
      tokens.push({ type: 'not', pos: i });
      i++;
    } else if (c === '&' || c === '|') {
      tokens.push({ type: c === '&' ? 'and' : 'or', pos: i });
      i += src[i + 1] === c ? 2 : 1;
    } else if (c === '"' || c === "'") {
      const start = i;
      let text = '';
      i++;
      while (i < src.length && src[i] !== c) {
        if (src[i] === '\\') {
          const esc = escapeSequence(src, i);
          text += esc.char;
          i += esc.length;
        } else {
          text += src[i];
          i++;
        }
      }
      if (i >= src.length) throw syntaxError(`The quoted string '${text}' has not been completed.`, start);
      i++;
      tokens.push({ type: 'string', text, pos: start });
    } else {
      const start = i;
      let text = '';
      while (i < src.length && !WORD_END.has(src[i] as string)) {
        const ch = src[i] as string;
        if (ch === '\\') {
          const esc = escapeSequence(src, i);
          text += esc.char;
          i += esc.length;
          continue;
        }
        // `cf[10016]` is the one place brackets are syntax rather than reserved characters.
        const customField = /^cf$/i.test(text) && ch === '[' ? /^\[\d+\]/.exec(src.slice(i)) : null;
        if (customField) {
          text += customField[0];
          i += customField[0].length;
          continue;
        }
        if (RESERVED.has(ch)) {
          const code = ch.charCodeAt(0).toString(16).padStart(4, '0');
          throw syntaxError(
            `The character '${ch}' is a reserved JQL character. You must enclose it in a string or use the escape '\\u${code}' instead.`,
            i,
          );
        }
        text += ch;
        i++;
      }
      tokens.push({ type: 'word', text, pos: start });
    }
  }
  tokens.push({ type: 'eof', pos: src.length });
  return tokens;
}
