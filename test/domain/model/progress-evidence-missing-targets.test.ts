import { KrProgress, ProgressEvidence } from '../../../src/domain';

const evidence = {
  sourceType: 'jira',
  measure: 'count',
  scope: { issues: 3, todo: 1, inProgress: 0, done: 2 },
  emptyScope: false,
  flags: [],
};

describe('progress evidence: missing targets', () => {
  test('a stored evidence without the field still reads (the field is optional)', () => {
    expect(ProgressEvidence.parse(evidence).missingTargets).toBeUndefined();
  });

  test('carries the flag and the targets that no longer resolve, with why', () => {
    const parsed = ProgressEvidence.parse({
      ...evidence,
      flags: ['missing-targets'],
      missingTargets: [
        { target: { kind: 'epic', issueId: '10001' }, reason: 'not-found' },
        { target: { kind: 'epic', issueId: '10002' }, reason: 'not-an-epic' },
      ],
    });
    expect(parsed.flags).toEqual(['missing-targets']);
    expect(parsed.missingTargets?.map((m) => m.reason)).toEqual(['not-found', 'not-an-epic']);
  });

  test('refuses an unknown reason and a target that is not one', () => {
    const progress = (missingTargets: unknown) => ({
      keyResultId: 'kr-1',
      progress: 0.5,
      evidence: { ...evidence, missingTargets },
      asOf: '2026-10-01T00:00:00Z',
      stale: false,
    });
    expect(KrProgress.safeParse(progress([{ target: { kind: 'epic', issueId: '1' }, reason: 'gone' }])).success).toBe(
      false,
    );
    expect(
      KrProgress.safeParse(progress([{ target: { kind: 'epic', issueId: 'ABC-1' }, reason: 'not-found' }])).success,
    ).toBe(false);
  });
});
