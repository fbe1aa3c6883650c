/**
 * Issue 9, part 5 (server side): property-based fuzzing (fast-check) of every resolver key through the invoker, as
 * the owner (so calls get past authorisation to validation and the use cases): random JSON, oversized strings,
 * deeply nested values, and valid payloads with one field replaced by a hostile value (JQL metacharacters,
 * HTML/script, prototype keys, control characters). Zero exceptions may escape a resolver, zero answers may be
 * INTERNAL, and a rejected call may change nothing stored. (The web trigger's fuzz: test/entry/webtrigger/fuzz.test.ts;
 * the UI's script-execution check in Chromium is not part of this suite yet.)
 */
import fc from 'fast-check';
import { RESOLVER_KEYS as K, type Written } from '../../src/contract';
import { ANN, createHarness, krInput, objectiveInput, type Harness } from '../integration/resolvers/support/harness';
import { figure } from './support/figures';

const PART = '5 hostile input';
const RUNS_PER_KEY = 40;

const HOSTILE = [
  '" OR project = CORE OR key = "',
  'project = CORE) OR (1=1',
  "'; DROP TABLE issues; --",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '${process.exit(1)}',
  '__proto__',
  'constructor',
  '\u0000\u0007\u202e',
  '../../../etc/passwd',
  'x'.repeat(300_000),
];

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { a: value } : [value];
  return value;
}

const hostileValue = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.constantFrom(nested(50), nested(2_000), { __proto__: { admin: true } }, JSON.parse('{"__proto__":{"x":1}}')),
  fc.jsonValue(),
  fc.double(),
  fc.string({ maxLength: 5_000 }),
);

async function storageDump(h: Harness): Promise<string> {
  const objectives = (await h.repos.objectives.listByPeriod('2026-Q4')).items;
  const keyResults = (await h.repos.keyResults.listByPeriod('2026-Q4')).items;
  const links = await Promise.all(keyResults.map((kr) => h.repos.links.listByKeyResult(kr.id)));
  return JSON.stringify({
    objectives,
    keyResults,
    links: links.map((p) => p.items),
    settings: await h.kvs.get('settings'),
  });
}

let h: Harness;
const tally = { cases: 0, ok: 0, rejected: 0, escaped: 0, internal: 0, changedByRejected: 0 };
const byCode = new Map<string, number>();
const problems: string[] = [];

beforeAll(async () => {
  h = createHarness();
  const objective = await h.data<Written>(K.createObjective, objectiveInput(), ANN.accountId);
  const kr = await h.data<Written>(K.createKeyResult, krInput(objective.id), ANN.accountId);
  const base: Record<string, Record<string, unknown>> = {
    [K.updateSettings]: { fiscalYearStartMonth: 4 },
    [K.createObjective]: objectiveInput(),
    [K.updateObjective]: { objectiveId: objective.id, version: 1, title: 'T' },
    [K.alignObjective]: { objectiveId: objective.id, version: 1, parent: null },
    [K.closeObjective]: { objectiveId: objective.id, version: 1, retrospective: 'R' },
    [K.abandonObjective]: { objectiveId: objective.id, version: 1 },
    [K.createKeyResult]: krInput(objective.id),
    [K.updateKeyResult]: { keyResultId: kr.id, version: 1, title: 'T' },
    [K.deleteKeyResult]: { keyResultId: kr.id, version: 1 },
    [K.previewTarget]: { target: { kind: 'jql', jql: 'project = TEAM' } },
    [K.linkTarget]: { keyResultId: kr.id, target: { kind: 'jql', jql: 'project = TEAM' } },
    [K.unlinkTarget]: { keyResultId: kr.id, target: { kind: 'jql', jql: 'project = TEAM' } },
    [K.issuePanel]: { issueId: h.id('TEAM-2') },
    [K.issueContext]: { issueId: h.id('TEAM-2') },
    [K.portfolio]: { periodId: '2026-Q4' },
    [K.keyResultDetail]: { keyResultId: kr.id },
    [K.projectPage]: { projectId: h.projectId('TEAM') },
    [K.gadget]: { view: 'kr-list' },
    [K.recordCheckIn]: { keyResultId: kr.id, confidence: 'high', note: 'N' },
  };

  for (const key of Object.values(K)) {
    const valid = base[key] ?? {};
    const fields = Object.keys(valid);
    const payload = fc.oneof(
      fc.jsonValue(),
      fc.anything(),
      fc.constantFrom(nested(5_000), 'x'.repeat(1_000_000), null, undefined, [], 42),
      fields.length === 0
        ? fc.dictionary(fc.constantFrom(...HOSTILE.slice(0, 9)), hostileValue)
        : fc.tuple(fc.constantFrom(...fields), hostileValue).map(([field, value]) => ({ ...valid, [field]: value })),
    );
    await fc.assert(
      fc.asyncProperty(payload, async (p) => {
        tally.cases += 1;
        const before = await storageDump(h);
        let answer: Awaited<ReturnType<Harness['call']>>;
        try {
          answer = await h.call(key, p, ANN.accountId);
        } catch (error) {
          tally.escaped += 1;
          problems.push(`${key} threw ${String(error).slice(0, 200)}`);
          return;
        }
        if (answer.ok) {
          tally.ok += 1;
          return;
        }
        tally.rejected += 1;
        byCode.set(answer.error.code, (byCode.get(answer.error.code) ?? 0) + 1);
        if (answer.error.code === 'INTERNAL') {
          tally.internal += 1;
          problems.push(`${key} INTERNAL for ${JSON.stringify(p)?.slice(0, 200)}`);
        }
        if ((await storageDump(h)) !== before) {
          tally.changedByRejected += 1;
          problems.push(`${key} rejected (${answer.error.code}) but changed storage`);
        }
      }),
      { numRuns: RUNS_PER_KEY, seed: 9 },
    );
  }
  figure(PART, 'resolver fuzz', 'resolver keys', Object.values(K).length);
  figure(PART, 'resolver fuzz', 'fuzz cases', tally.cases);
  figure(PART, 'resolver fuzz', 'accepted', tally.ok);
  figure(PART, 'resolver fuzz', 'rejections', tally.rejected);
  for (const [code, n] of [...byCode].sort()) figure(PART, 'resolver fuzz', `rejections ${code}`, n);
  figure(PART, 'resolver fuzz', 'exceptions escaping a resolver', tally.escaped, '0');
  figure(PART, 'resolver fuzz', 'INTERNAL answers', tally.internal, '0');
  figure(PART, 'resolver fuzz', 'stored changes from rejected calls', tally.changedByRejected, '0');
}, 150_000);

it('no exception escapes, no INTERNAL answer, no stored change from a rejected call', () => {
  expect(tally.cases).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});
