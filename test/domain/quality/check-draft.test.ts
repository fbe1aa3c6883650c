import { checkDraft, DRAFT_ID } from '../../../src/domain';
import { aKeyResult, aMetricKeyResult, anObjective } from '../builders';

describe('checkDraft', () => {
  const stored = [0, 1, 2, 3, 4].map((i) =>
    anObjective({ id: `o${i}`, team: 'Growth', level: 'company', title: `Objective ${i}` }),
  );

  it('checks a new key result as it is typed, under the draft id', () => {
    const { id: _, ...draft } = aKeyResult({ title: 'Improve onboarding' });
    const findings = checkDraft(draft, { objectives: stored, keyResults: [] });
    expect(findings.map((f) => [f.ruleId, f.subject.id])).toEqual(
      expect.arrayContaining([['okr.kr-vague-wording', DRAFT_ID]]),
    );
    expect(findings.every((f) => f.subject.id === DRAFT_ID)).toBe(true);
  });

  it('shows the KR-count finding the draft tips over for its objective, and nothing about the siblings', () => {
    const siblings = [1, 2, 3, 4, 5].map((i) =>
      aMetricKeyResult({ id: `k${i}`, objectiveId: 'o0', title: 'Improve onboarding' }),
    );
    const draft = {
      ...aMetricKeyResult({ objectiveId: 'o0', title: 'Raise trial-to-paid from 8% to 12%' }),
      id: undefined,
    };
    const findings = checkDraft(draft, { objectives: stored, keyResults: siblings });
    expect(findings).toMatchObject([{ ruleId: 'okr.objective-kr-count', severity: 'warning', subject: { id: 'o0' } }]);
  });

  it('replaces the stored version of an edited key result', () => {
    const old = aMetricKeyResult({ id: 'k1', objectiveId: 'o0', title: 'Improve onboarding' });
    const edited = { ...old, title: 'Raise onboarding completion from 40% to 65%' };
    expect(checkDraft(old, { objectives: stored, keyResults: [old] })).toHaveLength(1);
    expect(checkDraft(edited, { objectives: stored, keyResults: [old] })).toEqual([]);
  });

  it('checks an objective draft with its team’s count for the period', () => {
    const { id: _, ...draft } = anObjective({ team: 'Growth', level: 'team', title: 'Implement the new CRM' });
    const findings = checkDraft(draft, { objectives: stored, keyResults: [] });
    expect(findings.map((f) => [f.ruleId, f.subject.kind, f.subject.id])).toEqual([
      ['okr.team-objective-count', 'team', 'Growth@2026-Q4'],
      ['okr.objective-orphan', 'objective', DRAFT_ID],
      ['okr.task-wording', 'objective', DRAFT_ID],
    ]);
  });

  it('is quiet for a well-written draft', () => {
    const draft = anObjective({ id: 'o9', team: 'Platform', level: 'company', title: 'Deploys are boring' });
    const team = [1, 2].map((i) => anObjective({ id: `p${i}`, team: 'Platform', level: 'company' }));
    expect(checkDraft(draft, { objectives: team, keyResults: [] })).toEqual([]);
  });
});
