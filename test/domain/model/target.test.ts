import { Target, targetKey } from '../../../src/domain';
import { epic, jql, project, version } from '../builders';
import { expectAccepted, expectRejected } from '../expect-field';

describe('Target', () => {
  it('accepts each kind', () => {
    for (const target of [epic('10001'), project('10000'), version('10200'), jql('project = OKR AND type = Bug')]) {
      expectAccepted(Target, target);
    }
  });

  it.each([
    [{ kind: 'epic', issueId: 'OKR-1' }, 'issueId'],
    [{ kind: 'project', projectId: '' }, 'projectId'],
    [{ kind: 'version' }, 'versionId'],
    [{ kind: 'jql', jql: '' }, 'jql'],
    [{ kind: 'jql', jql: 'x'.repeat(2001) }, 'jql'],
    [{ kind: 'board', boardId: '1' }, 'kind'],
  ])('rejects %j naming %s', (input, path) => {
    expectRejected(Target, input, path);
  });

  it('keys targets stably so duplicates can be found', () => {
    expect(targetKey(epic('10001'))).toBe('epic:10001');
    expect(targetKey(version('7'))).toBe('version:7');
    expect(targetKey(jql(' a = b '))).toBe(targetKey(jql('a = b')));
  });
});
