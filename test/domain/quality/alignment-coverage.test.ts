import { findingsOf } from './helpers';

describe('okr.project-alignment-coverage', () => {
  it('reports in-progress epics feeding no KR, with the coverage %', () => {
    const findings = findingsOf('okr.project-alignment-coverage', {
      epicsFeedingNoKr: [{ projectId: '10000', epicIds: ['1', '2', '3'], inProgressEpics: 10 }],
    });
    expect(findings).toMatchObject([{ severity: 'warning', subject: { kind: 'project', id: '10000' } }]);
    expect(findings[0]?.reason).toBe('Project 10000: 3 in-progress epics feed no key result (70% aligned).');
  });

  it('is a note, not a warning, when coverage meets the threshold', () => {
    const findings = findingsOf('okr.project-alignment-coverage', {
      epicsFeedingNoKr: [{ projectId: '10000', epicIds: ['1'], inProgressEpics: 10 }],
    });
    expect(findings).toMatchObject([{ severity: 'info' }]);
    expect(findings[0]?.reason).toContain('(90% aligned)');
  });

  it('names the count alone when the project total is unknown, and counts an epic once', () => {
    const [finding] = findingsOf('okr.project-alignment-coverage', {
      epicsFeedingNoKr: [{ projectId: '10000', epicIds: ['1', '1'] }],
    });
    expect(finding?.reason).toBe('Project 10000: 1 in-progress epic feeds no key result.');
  });

  it('is quiet for a fully aligned project', () => {
    expect(
      findingsOf('okr.project-alignment-coverage', {
        epicsFeedingNoKr: [{ projectId: '10000', epicIds: [], inProgressEpics: 4 }],
      }),
    ).toEqual([]);
  });
});
