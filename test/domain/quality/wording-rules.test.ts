import { aKeyResult, aMetricKeyResult, anObjective } from '../builders';
import { findingsOf, ids } from './helpers';

const kr = (title: string) => aMetricKeyResult({ id: title, title });

describe('okr.kr-vague-wording', () => {
  it.each([
    'Improve onboarding',
    'Better search results',
    'Enhance the checkout experience',
    'Optimize page load',
    'Optimise page load',
    'Increase adoption of the mobile app',
    'Continuous improvement of support',
    'Improve onboarding in Q4',
    'Enhance the v2 API',
  ])('flags "%s"', (title) => {
    const findings = findingsOf('okr.kr-vague-wording', { keyResults: [kr(title)] });
    expect(findings).toMatchObject([{ severity: 'warning', subject: { kind: 'key-result', id: title } }]);
  });

  it.each([
    'Raise trial-to-paid from 8% to 12%',
    'Improve onboarding completion from 40% to 65%',
    'Increase weekly active users to 12k',
    'Cut p95 page load below 1.5 s',
  ])('passes "%s" (no vague word, or a number gives the measure)', (title) => {
    expect(findingsOf('okr.kr-vague-wording', { keyResults: [kr(title)] })).toEqual([]);
  });

  it('ignores case', () => {
    expect(ids(findingsOf('okr.kr-vague-wording', { keyResults: [kr('IMPROVE Onboarding')] }))).toEqual([
      'IMPROVE Onboarding',
    ]);
  });

  it('matches whole words only: "betterment", "improvise" and "increaser" are not vague words', () => {
    const keyResults = [kr('Community betterment fund'), kr('Improvise the demo script'), kr('Pressure increaser')];
    expect(findingsOf('okr.kr-vague-wording', { keyResults })).toEqual([]);
  });

  it('names the vague word in the reason', () => {
    const [finding] = findingsOf('okr.kr-vague-wording', { keyResults: [kr('Make onboarding better')] });
    expect(finding?.reason).toContain('"better"');
  });

  it('checks key results, not objectives (objectives are qualitative by design)', () => {
    expect(findingsOf('okr.kr-vague-wording', { objectives: [anObjective({ title: 'Improve onboarding' })] })).toEqual(
      [],
    );
  });
});

describe('okr.task-wording', () => {
  it.each([
    'Write the migration guide',
    'Complete the security paperwork',
    'Finish the billing rewrite',
    'Deliver the document to legal',
    'Implement SSO',
    'Launch the new pricing page',
    'write the migration guide',
    'Write the v2 migration guide',
  ])('flags "%s" as a task', (title) => {
    const findings = findingsOf('okr.task-wording', { keyResults: [kr(title)] });
    expect(findings).toMatchObject([{ severity: 'warning', subject: { kind: 'key-result', id: title } }]);
  });

  it.each([
    'Raise trial-to-paid from 8% to 12%',
    'Launch in 3 new markets',
    'Customers complete onboarding without help',
    'Writers publish weekly',
    'Completed onboardings reach 500',
  ])('passes "%s" (not opening with a task verb, or with a measure)', (title) => {
    expect(findingsOf('okr.task-wording', { keyResults: [kr(title)] })).toEqual([]);
  });

  it('checks objectives too', () => {
    const objectives = [anObjective({ id: 'task', title: 'Implement the new CRM' }), anObjective({ id: 'ok' })];
    expect(findingsOf('okr.task-wording', { objectives })).toMatchObject([
      { subject: { kind: 'objective', id: 'task' } },
    ]);
  });

  it('names the verb in the reason', () => {
    const [finding] = findingsOf('okr.task-wording', {
      keyResults: [aKeyResult({ title: 'Write the migration guide' })],
    });
    expect(finding?.reason).toContain('"write"');
  });
});
