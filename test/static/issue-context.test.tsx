/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { RESOLVER_KEYS } from '../../src/contract';
import IssueContextBadge, { badgeText } from '../../static/src/modules/okr-issue-context';
import { notAvailable, ok } from './fixtures';
import { renderView } from './harness';

describe('issue context badge', () => {
  it('says how many KRs the issue feeds and how many need attention', async () => {
    const { callsTo } = renderView(<IssueContextBadge />, { [RESOLVER_KEYS.issueContext]: [ok({ feeds: 2, atRisk: 1, offTrack: 0, stale: 0 })] }, { extension: { issue: { id: '7', key: 'A-7' } } });
    expect(await screen.findByText('Feeds 2 KRs · 1 at risk')).toBeTruthy();
    expect(callsTo(RESOLVER_KEYS.issueContext)[0]?.payload).toEqual({ issueId: '7' });
  });

  it.each([
    [{ feeds: 0, atRisk: 0, offTrack: 0, stale: 0 }, 'Feeds no key result'],
    [{ feeds: 1, atRisk: 0, offTrack: 0, stale: 0 }, 'Feeds 1 KR · none at risk'],
    [{ feeds: 3, atRisk: 1, offTrack: 1, stale: 2 }, 'Feeds 3 KRs · 1 at risk · 1 off track · 2 stale'],
  ])('%j reads "%s"', (view, text) => {
    expect(badgeText(view)).toBe(text);
  });

  it('says not available yet rather than a count', async () => {
    renderView(<IssueContextBadge />, { [RESOLVER_KEYS.issueContext]: [notAvailable] });
    expect(await screen.findByText('Not available yet.')).toBeTruthy();
  });
});
