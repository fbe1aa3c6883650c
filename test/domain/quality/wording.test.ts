import { checkObjectiveSet, wordingEn, type QualityWording } from '../../../src/domain';
import { aMetricKeyResult, anObjective } from '../builders';

describe('wordingEn', () => {
  it('lists lower-case single words, each once, so whole-word matching can find them', () => {
    for (const list of [wordingEn.vagueWords, wordingEn.taskVerbs]) {
      expect(new Set(list).size).toBe(list.length);
      for (const word of list) expect(word).toMatch(/^\p{Ll}+$/u);
    }
  });

  it('says "1 objective" and "2 objectives"', () => {
    const one = wordingEn.messages.tooFewTeamObjectives({
      team: 'Growth',
      periodId: '2026-Q4',
      count: 1,
      min: 3,
      max: 5,
    });
    expect(one.reason).toBe('Growth has only 1 objective in 2026-Q4; 3 to 5 is the usual range.');
  });
});

describe('another language', () => {
  // A stand-in language: the rules must take every word and every text from the wording they are given.
  const messages = Object.fromEntries(
    Object.keys(wordingEn.messages).map((name) => [name, () => ({ reason: `r:${name}`, suggestion: `s:${name}` })]),
  ) as unknown as QualityWording['messages'];
  const wordingFr: QualityWording = { vagueWords: ['améliorer'], taskVerbs: ['rédiger'], messages };

  it('drives the wording rules and all the texts', () => {
    const keyResults = [
      aMetricKeyResult({ id: 'vague', title: 'Améliorer l’accueil' }),
      aMetricKeyResult({ id: 'task', title: 'Rédiger le guide de migration' }),
      aMetricKeyResult({ id: 'english', title: 'Improve onboarding' }),
    ];
    const findings = checkObjectiveSet(
      { objectives: [anObjective({ level: 'company' })], keyResults },
      { wording: wordingFr },
    );
    expect(findings.map((f) => [f.ruleId, f.subject.id, f.reason])).toEqual([
      ['okr.task-wording', 'task', 'r:taskWording'],
      ['okr.kr-vague-wording', 'vague', 'r:vagueWording'],
    ]);
  });
});
