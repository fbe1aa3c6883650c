import fc from 'fast-check';
import { InvalidJiraInputError } from '../../src/jira/errors';
import { chunkedInJql } from '../../src/jira/jql/chunk';
import { inClause, jqlValue } from '../../src/jira/jql/literal';
import { doneJql, scopeJql } from '../../src/jira/jql/scope';
import { wrapUserJql } from '../../src/jira/jql/user-jql';
import { resolveOptions } from '../../src/jira/planner';

/**
 * Reads one JQL string literal as Jira's grammar does (QUOTE_STRING with ESCAPE: \t \n \r \" \' \\ \space \uXXXX;
 * raw control characters are not allowed). Returns the value and the index just past the closing quote.
 */
function readLiteral(text: string, start: number): { value: string; end: number } {
  if (text[start] !== '"') throw new Error(`no literal at ${start}`);
  let value = '';
  for (let i = start + 1; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '"') return { value, end: i + 1 };
    if (c === '\\') {
      const e = text[++i];
      const simple: Record<string, string> = { t: '\t', n: '\n', r: '\r', '"': '"', "'": "'", '\\': '\\', ' ': ' ' };
      if (e !== undefined && simple[e] !== undefined) value += simple[e];
      else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) {
        value += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
        i += 4;
      } else throw new Error(`bad escape \\${e}`);
      continue;
    }
    // eslint-disable-next-line no-control-regex -- Jira rejects raw control characters inside literals
    if (/[\u0000-\u001f\u007f-\u009f]/.test(c)) throw new Error(`raw control character ${c.charCodeAt(0)}`);
    value += c;
  }
  throw new Error('unterminated literal');
}

const hostileFragments = fc.constantFrom(
  '"', '\\', '\\"', "'", '\n', '\r', '\t', '\u0000', '\u001b', '\u0085', '\u2028', '\u202e',
  '\ud800', '\udc00', '🚀', 'é', 'Ω', '(', ')', ',', ' OR ', ' AND ', 'project = X', 'ORDER BY', '12', '',
);
const hostileString = fc.oneof(
  fc.array(hostileFragments, { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary' }),
  fc.string(),
);

describe('jqlValue: the one escaping function', () => {
  it.each([
    ['" OR project = X', '"\\" OR project = X"'],
    ['a\\" OR 1=1', '"a\\\\\\" OR 1=1"'],
    ['line\nbreak', '"line\\nbreak"'],
    ['ABC-123', '"ABC-123"'],
    ['Ünïcödé 🚀', '"Ünïcödé 🚀"'],
    ['bell\u0007', '"bell\\u0007"'],
    ['10001', '10001'],
    ['007', '"007"'],
    ['', '""'],
  ])('%j → %s', (input, expected) => {
    expect(jqlValue(input)).toBe(expected);
  });

  it('round-trips any string as a single literal that cannot be closed from inside', () => {
    fc.assert(
      fc.property(hostileString, (value) => {
        const out = jqlValue(value);
        if (/^\d+$/.test(out)) return expect(out).toBe(value);
        const { value: read, end } = readLiteral(out, 0);
        expect(read).toBe(value);
        expect(end).toBe(out.length);
      }),
      { numRuns: 2_000 },
    );
  });

  it('keeps the rest of a query intact whatever the value', () => {
    fc.assert(
      fc.property(hostileString, (value) => {
        const query = `project = ${jqlValue(value)} AND statusCategory = Done`;
        const start = 'project = '.length;
        const end = query[start] === '"' ? readLiteral(query, start).end : start + jqlValue(value).length;
        expect(query.slice(end)).toBe(' AND statusCategory = Done');
      }),
      { numRuns: 1_000 },
    );
  });

  it('emits bare only canonical decimal ids', () => {
    fc.assert(
      fc.property(hostileString, (value) => {
        const out = jqlValue(value);
        expect(out === value).toBe(/^(0|[1-9]\d{0,17})$/.test(value));
      }),
    );
  });

  it('builds = for one value and in (...) for several', () => {
    expect(inClause('parent', ['10001'])).toBe('parent = 10001');
    expect(inClause('project', ['10000', 'KEY" OR x'])).toBe('project in (10000, "KEY\\" OR x")');
    expect(() => inClause('parent', [])).toThrow(RangeError);
  });
});

describe('wrapUserJql', () => {
  it('wraps a balanced scope in parentheses and drops ORDER BY', () => {
    expect(wrapUserJql('project = A OR labels = okr ORDER BY created DESC')).toBe('(project = A OR labels = okr)');
    expect(wrapUserJql('summary ~ "a ) b" AND labels = x')).toBe('(summary ~ "a ) b" AND labels = x)');
    expect(wrapUserJql("summary ~ 'order by (x'")).toBe("(summary ~ 'order by (x')");
  });

  it.each([
    ['project = A) OR (project = B', /never opened/],
    ['(project = A', /unclosed/],
    ['summary ~ "open', /unterminated/],
    ['   ORDER BY created', /empty/],
  ])('rejects %j', (jql, message) => {
    expect(() => wrapUserJql(jql)).toThrow(InvalidJiraInputError);
    expect(() => wrapUserJql(jql)).toThrow(message);
  });
});

describe('scope JQL', () => {
  const names = { epicTypeNames: ['Epic'], subtaskTypeNames: ['Sub-task'] };

  it('maps each target kind to its clause and excludes epics and sub-tasks', () => {
    expect(scopeJql([{ kind: 'epic', issueId: '10001' }, { kind: 'epic', issueId: '10002' }], { ...names, includeSubtasks: false })).toBe(
      'parent in (10001, 10002) AND issuetype != "Epic" AND issuetype != "Sub-task"',
    );
    expect(scopeJql([{ kind: 'project', projectId: '10000' }], { ...names, includeSubtasks: true })).toBe(
      'project = 10000 AND issuetype != "Epic"',
    );
    expect(scopeJql([{ kind: 'version', versionId: '10100' }], { ...names, includeSubtasks: true })).toBe(
      'fixVersion = 10100 AND issuetype != "Epic"',
    );
    expect(scopeJql([{ kind: 'jql', jql: 'labels = okr OR labels = q4' }], { ...names, includeSubtasks: true })).toBe(
      '(labels = okr OR labels = q4) AND issuetype != "Epic"',
    );
  });

  it('ORs mixed targets in one group, so an issue reached twice counts once', () => {
    const jql = scopeJql(
      [
        { kind: 'epic', issueId: '10001' },
        { kind: 'project', projectId: '10000' },
        { kind: 'jql', jql: 'labels = okr' },
      ],
      { ...names, includeSubtasks: false },
    );
    expect(jql).toBe('(parent = 10001 OR project = 10000 OR (labels = okr)) AND issuetype != "Epic" AND issuetype != "Sub-task"');
    expect(doneJql(jql!)).toBe(`${jql} AND statusCategory = Done`);
  });

  it("adds the epic's children as parents when sub-tasks are included", () => {
    expect(
      scopeJql([{ kind: 'epic', issueId: '1' }], { ...names, includeSubtasks: true, epicChildIds: ['2', '3'] }),
    ).toBe('(parent = 1 OR parent in (2, 3)) AND issuetype != "Epic"');
    expect(
      scopeJql([{ kind: 'epic', issueId: '1' }], { ...names, includeSubtasks: false, epicChildIds: ['2', '3'] }),
    ).toBe('parent = 1 AND issuetype != "Epic" AND issuetype != "Sub-task"');
  });

  it('by default excludes every sub-task type with subTaskIssueTypes(), whatever the project style calls it', () => {
    const options = resolveOptions();
    expect(options.subtaskTypeNames).toBeUndefined();
    expect(scopeJql([{ kind: 'project', projectId: '10000' }], { ...options, includeSubtasks: false })).toBe(
      'project = 10000 AND issuetype != "Epic" AND issuetype not in subTaskIssueTypes()',
    );
    expect(scopeJql([{ kind: 'project', projectId: '10000' }], { ...options, includeSubtasks: true })).toBe(
      'project = 10000 AND issuetype != "Epic"',
    );
  });

  it('escapes configured type names too', () => {
    expect(scopeJql([{ kind: 'project', projectId: '1' }], { epicTypeNames: ['Épopée "x"'], subtaskTypeNames: [], includeSubtasks: false })).toBe(
      'project = 1 AND issuetype != "Épopée \\"x\\""',
    );
  });
});

describe('chunkedInJql', () => {
  it('keeps every chunk within the limits and every id exactly once, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 1, max: 10 ** 9 }).map(String), fc.string({ minLength: 1, maxLength: 30 })), { maxLength: 600 }),
        fc.integer({ min: 1, max: 250 }),
        fc.integer({ min: 200, max: 5_000 }),
        (ids, maxIdsPerClause, maxJqlLength) => {
          const suffix = ' AND issuetype != "Epic"';
          const chunks = chunkedInJql('parent', ids, suffix, { maxIdsPerClause, maxJqlLength });
          expect(chunks.flatMap((c) => c.ids)).toEqual(ids);
          for (const chunk of chunks) {
            expect(chunk.ids.length).toBeLessThanOrEqual(maxIdsPerClause);
            // A single id longer than the limit still gets its own chunk rather than being dropped.
            if (chunk.ids.length > 1) expect(chunk.jql.length).toBeLessThanOrEqual(maxJqlLength);
            expect(chunk.jql).toBe(`${inClause('parent', chunk.ids)}${suffix}`);
          }
        },
      ),
    );
  });

  it('splits 450 epic ids into 3 queries under the default 200-id limit', () => {
    const ids = Array.from({ length: 450 }, (_, i) => String(100000 + i));
    const chunks = chunkedInJql('parent', ids, '', { maxIdsPerClause: 200, maxJqlLength: 4000 });
    expect(chunks.map((c) => c.ids.length)).toEqual([200, 200, 50]);
  });
});
