import { createJiraMetaRepository, EMPTY_JIRA_META } from '../../src/store/jira-meta-repository';
import { freshKvs } from './builders';

describe('Jira meta repository', () => {
  test('empty until saved, then what was saved', async () => {
    const repo = createJiraMetaRepository(freshKvs());
    expect(await repo.get()).toEqual(EMPTY_JIRA_META);
    const meta = {
      statusCategories: { '10000': 'new' as const, '3': 'indeterminate' as const },
      issueTypeLevels: { '10001': 1 },
      storyPointFieldIds: ['customfield_10016'],
      storyPointFieldsAt: '2026-10-01T00:00:00.000Z',
    };
    await repo.save(meta);
    expect(await repo.get()).toEqual(meta);
  });

  test('refuses a category Jira does not have', async () => {
    const repo = createJiraMetaRepository(freshKvs());
    await expect(repo.save({ statusCategories: { '1': 'undefined' as never }, issueTypeLevels: {} })).rejects.toThrow(
      /invalid jira-meta/,
    );
  });
});
