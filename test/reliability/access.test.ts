/**
 * Issue 9, part 6: access. A sweep of every resolver key (RESOLVER_KEYS) with payloads that name the CORE project,
 * its version, its epic and issues, and OKRs linked to them, called as Bob (may browse TEAM only) and Eve (may browse
 * nothing), through the invoker as Forge would (the resolvers harness of test/integration/resolvers). No answer may
 * carry a CORE issue key or summary, the project's name or its version's name; and none of their calls may change
 * what Ann owns. Targeted cases live in test/integration/resolvers/views.test.ts ("permission-faithful views") and
 * every-key.test.ts.
 */
import { RESOLVER_KEYS as K, type Written } from '../../src/contract';
import {
  ANN,
  BOB,
  EVE,
  createHarness,
  krInput,
  objectiveInput,
  type Harness,
} from '../integration/resolvers/support/harness';
import { figure } from './support/figures';

const PART = '6 access';
const FORBIDDEN = /CORE-\d|Secret|Core Secrets|"1\.0"|Fix version 1/;

let h: Harness;
const answers: { key: string; who: string; text: string; code: string }[] = [];
let before: string;
let after: string;

async function ownedByAnn(harness: Harness) {
  const objectives = (await harness.repos.objectives.listByPeriod('2026-Q4')).items;
  const keyResults = (await harness.repos.keyResults.listByPeriod('2026-Q4')).items;
  const links = await Promise.all(keyResults.map((kr) => harness.repos.links.listByKeyResult(kr.id)));
  return JSON.stringify({ objectives, keyResults, links: links.map((p) => p.items) });
}

beforeAll(async () => {
  h = createHarness();
  const epicOf = (key: string) => ({ kind: 'epic', issueId: h.id(key) });
  const coreVersion = { kind: 'version', versionId: h.versionId };
  const coreProject = { kind: 'project', projectId: h.projectId('CORE') };
  const objective = await h.data<Written>(K.createObjective, objectiveInput(), ANN.accountId);
  const jiraSource = (targets: unknown[]) => ({ type: 'jira', measure: 'count', targets, includeSubtasks: true });
  const kr = await h.data<Written>(
    K.createKeyResult,
    krInput(objective.id, { title: 'Ship the platform', source: jiraSource([epicOf('TEAM-1'), epicOf('CORE-1')]) }),
    ANN.accountId,
  );
  const versionKr = await h.data<Written>(
    K.createKeyResult,
    krInput(objective.id, { title: 'Release 1', source: jiraSource([coreVersion]) }),
    ANN.accountId,
  );
  await h.drainRecomputes();
  before = await ownedByAnn(h);

  const issue = (key: string) => ({ issueId: h.id(key) });
  const targets = [
    epicOf('CORE-1'),
    epicOf('CORE-2'),
    coreVersion,
    coreProject,
    { kind: 'jql', jql: 'project = CORE' },
  ];
  const payloads: Record<string, unknown[]> = {
    [K.about]: [{}],
    [K.getSettings]: [{}],
    [K.updateSettings]: [{ fiscalYearStartMonth: 4 }],
    [K.listPeriods]: [{}],
    [K.createObjective]: [objectiveInput({ title: 'CORE-1 Secret platform' })],
    [K.updateObjective]: [{ objectiveId: objective.id, version: 1, title: 'Taken over' }],
    [K.alignObjective]: [{ objectiveId: objective.id, version: 1, parent: null }],
    [K.closeObjective]: [{ objectiveId: objective.id, version: 1, retrospective: 'Taken over' }],
    [K.abandonObjective]: [{ objectiveId: objective.id, version: 1 }],
    [K.createKeyResult]: [krInput(objective.id, { source: jiraSource([epicOf('CORE-1')]) })],
    [K.updateKeyResult]: [{ keyResultId: kr.id, version: 1, title: 'Taken over' }],
    [K.deleteKeyResult]: [{ keyResultId: versionKr.id, version: 1 }],
    [K.previewTarget]: targets.map((target) => ({ target })),
    [K.linkTarget]: targets.map((target) => ({ keyResultId: kr.id, target })),
    [K.unlinkTarget]: [epicOf('CORE-1'), coreVersion].map((target) => ({ keyResultId: kr.id, target })),
    [K.issuePanel]: ['CORE-1', 'CORE-2', 'CORE-3', 'TEAM-1', 'TEAM-2'].map(issue),
    [K.issueContext]: ['CORE-1', 'CORE-2', 'CORE-3', 'TEAM-1'].map(issue),
    [K.portfolio]: [{}, { periodId: '2026-Q4' }],
    [K.keyResultDetail]: [{ keyResultId: kr.id }, { keyResultId: versionKr.id }],
    [K.projectPage]: [{ projectId: h.projectId('CORE') }, { projectId: h.projectId('TEAM') }],
    [K.gadget]: [{ view: 'kr-list' }, { view: 'summary' }, { view: 'burnup', objectiveId: objective.id }],
    [K.recordCheckIn]: [{ keyResultId: kr.id, confidence: 'high', note: 'mine now' }],
  };
  for (const key of Object.values(K)) {
    for (const who of [BOB, EVE]) {
      // A key added since this sweep was written is still called, with payloads naming CORE things.
      const fallback = [{}, { keyResultId: kr.id }, issue('CORE-2'), { projectId: h.projectId('CORE') }];
      for (const payload of payloads[key] ?? fallback) {
        const answer = await h.call(key, payload, who.accountId);
        answers.push({
          key,
          who: who.displayName,
          text: JSON.stringify(answer),
          code: answer.ok ? 'ok' : answer.error.code,
        });
      }
    }
  }
  after = await ownedByAnn(h);
  const codes = new Map<string, number>();
  for (const a of answers) codes.set(a.code, (codes.get(a.code) ?? 0) + 1);
  figure(PART, 'resolver sweep', 'resolver keys', new Set(answers.map((a) => a.key)).size);
  figure(PART, 'resolver sweep', 'calls (Bob: TEAM only; Eve: nothing)', answers.length);
  for (const [code, n] of [...codes].sort()) figure(PART, 'resolver sweep', `answers ${code}`, n);
  const leaks = answers.filter((a) => FORBIDDEN.test(a.text)).length;
  figure(PART, 'resolver sweep', 'answers with a forbidden key or summary', leaks, '0');
}, 60_000);

it('called every resolver key', () => {
  expect(new Set(answers.map((a) => a.key))).toEqual(new Set(Object.values(K)));
});

it('the check would see a leak: Ann, who may browse CORE, gets its keys and summaries', async () => {
  const answer = await h.call(K.issuePanel, { issueId: h.id('CORE-2') }, ANN.accountId);
  expect(JSON.stringify(answer)).toMatch(FORBIDDEN);
});

it('no answer carries a CORE issue key, summary, project or version name', () => {
  expect(answers.filter((a) => FORBIDDEN.test(a.text)).map((a) => `${a.key} as ${a.who}: ${a.text}`)).toEqual([]);
});

it('nobody but Ann changed Ann’s objectives, KRs or links', () => {
  expect(after).toEqual(before);
});
