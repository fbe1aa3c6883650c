import { CheckIn, KrProgress, Link, ProgressSnapshot } from '../../../src/domain';
import { aCheckIn, aKrProgress, aLink } from '../builders';
import { expectAccepted, expectRejected } from '../expect-field';

describe('Link', () => {
  it('accepts a link and names a bad target field', () => {
    expectAccepted(Link, aLink());
    expectRejected(Link, { ...aLink(), target: { kind: 'epic', issueId: 'OKR-1' } }, 'target.issueId');
    expectRejected(Link, { ...aLink(), createdBy: '' }, 'createdBy');
  });
});

describe('CheckIn', () => {
  it('accepts a word or a 0–10 score as confidence, and defaults the note', () => {
    expectAccepted(CheckIn, aCheckIn({ confidence: 'high' }));
    expectAccepted(CheckIn, aCheckIn({ confidence: 0, value: 42 }));
    const { note: _note, ...withoutNote } = aCheckIn();
    expect(expectAccepted(CheckIn, withoutNote).note).toBe('');
  });

  it.each([
    [{ confidence: 11 }, 'confidence'],
    [{ confidence: 7.5 }, 'confidence'],
    [{ confidence: 'great' }, 'confidence'],
    [{ note: 'x'.repeat(2001) }, 'note'],
    [{ blockers: 'x'.repeat(2001) }, 'blockers'],
    [{ at: 'last Tuesday' }, 'at'],
  ])('rejects %j naming %s', (overrides, path) => {
    expectRejected(CheckIn, { ...aCheckIn(), ...overrides }, path);
  });
});

describe('KrProgress', () => {
  it('accepts stored progress with evidence and defaults the flags', () => {
    const { flags: _flags, ...evidence } = aKrProgress().evidence;
    expect(expectAccepted(KrProgress, { ...aKrProgress(), evidence }).evidence.flags).toEqual([]);
  });

  it.each([
    [{ progress: 1.2 }, 'progress'],
    [{ progress: Number.NaN }, 'progress'],
    [{ stale: 'yes' }, 'stale'],
    [{ evidence: { ...aKrProgress().evidence, flags: ['looks-odd'] } }, 'evidence.flags.0'],
    [
      { evidence: { ...aKrProgress().evidence, scope: { issues: -1, todo: 0, inProgress: 0, done: 0 } } },
      'evidence.scope.issues',
    ],
  ])('rejects %j naming %s', (overrides, path) => {
    expectRejected(KrProgress, { ...aKrProgress(), ...overrides }, path);
  });
});

describe('ProgressSnapshot', () => {
  const snapshot = { keyResultId: 'kr-1', date: '2026-11-15', progress: 0.5, scopeIssues: 8, doneIssues: 4 };

  it('accepts a daily point and names bad fields', () => {
    expectAccepted(ProgressSnapshot, snapshot);
    expectRejected(ProgressSnapshot, { ...snapshot, date: '2026-11-15T00:00:00Z' }, 'date');
    expectRejected(ProgressSnapshot, { ...snapshot, doneIssues: 1.5 }, 'doneIssues');
  });
});
