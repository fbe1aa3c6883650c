/** Reads an OKR YAML file: every YAML or schema error with its line and field path, or the parsed file. */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { crossReferenceIssues, OkrFile } from './okr-file-schema';

export interface FileError {
  line: number;
  /** Dotted field path, e.g. `objectives[0].keyResults[1].source.target`; empty for a YAML syntax error. */
  path: string;
  message: string;
}

export type ReadResult = { ok: true; file: OkrFile } | { ok: false; errors: FileError[] };

export function parseOkrFile(text: string): ReadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({
        line: e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line,
        path: '',
        message: e.message.split('\n')[0] ?? e.message,
      })),
    };
  }
  const raw: unknown = doc.toJS() ?? {};
  const parsed = OkrFile.safeParse(raw);
  const references = crossReferenceIssues(raw);
  if (parsed.success && references.length === 0) return { ok: true, file: parsed.data };
  // An unknown field is reported at its own line, one error per field.
  const schemaIssues = parsed.success ? [] : parsed.error.issues;
  const issues = schemaIssues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: [...issue.path, key], message: 'is not a known field' }))
      : [{ path: issue.path, message: issue.message.endsWith('received undefined') ? 'is required' : issue.message }],
  );
  const errors = [...issues, ...references].map((issue) => ({
    line: lineOf(doc, lineCounter, issue.path),
    path: formatPath(issue.path),
    message: issue.message,
  }));
  errors.sort((a, b) => a.line - b.line || a.path.localeCompare(b.path));
  return { ok: false, errors };
}

export function formatFileErrors(fileName: string, errors: readonly FileError[]): string {
  const lines = errors.map((e) => `${fileName}:${e.line}: ${e.path === '' ? '' : `${e.path}: `}${e.message}`);
  const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
  return `${lines.join('\n')}\n${count} in ${fileName}; nothing was done.`;
}

/** The line of the deepest node that exists along the path (a missing field points at its parent). */
function lineOf(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node: unknown = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
