/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { RESOLVER_KEYS, type IssuePanelView } from '../../src/contract';
import IssuePanel from '../../static/src/modules/okr-issue-panel';
import { failure, kr, notAvailable, ok, portfolio } from './fixtures';
import { renderView } from './harness';

const issue = { id: '10001', key: 'ONB-1', isEpic: true };
const context = { extension: { issue: { id: '10001', key: 'ONB-1' } } };
const panel = (over: Partial<IssuePanelView> = {}): IssuePanelView => ({
  issue,
  keyResults: [{ ...kr(), via: 'epic' }],
  canLink: false,
  ...over,
});

describe('issue panel', () => {
  it('shows each KR the issue feeds: objective, progress with expected pace, status in words, owners, check-in, freshness', async () => {
    const { callsTo } = renderView(<IssuePanel />, { [RESOLVER_KEYS.issuePanel]: [ok(panel())] }, context);
    const card = await screen.findByRole('article', { name: /Self-serve signup/ });
    expect(callsTo(RESOLVER_KEYS.issuePanel)[0]?.payload).toEqual({ issueId: '10001' });
    const bar = within(card).getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('45');
    expect(bar.getAttribute('aria-valuetext')).toBe('45% done, 60% expected by now');
    expect(card.textContent).toContain('Customers onboard themselves');
    expect(within(card).getByText('At risk')).toBeTruthy();
    expect(card.textContent).toContain('15 percentage points behind');
    expect(card.textContent).toContain('Owners: Ana Lima');
    expect(card.textContent).toContain('Last check-in 2 days ago by Bo Chen · confidence Medium');
    expect(card.textContent).toContain('updated 3 minutes ago');
    expect(card.textContent).toContain('Counted via its epic');
  });

  it('reads a confidence score out of 10, so a 1 is "1 / 10" and never "100%"', async () => {
    const scored = kr({ lastCheckIn: { ...kr().lastCheckIn!, confidence: 1 } });
    renderView(<IssuePanel />, { [RESOLVER_KEYS.issuePanel]: [ok(panel({ keyResults: [{ ...scored, via: 'epic' }] }))] }, context);
    const card = await screen.findByRole('article', { name: /Self-serve signup/ });
    expect(card.textContent).toContain('· confidence 1 / 10');
    expect(card.textContent).not.toContain('100%');
  });

  it('an overdue check-in does not vouch for the KR: its confidence reads as out of date', async () => {
    const overdue = kr({
      stale: true,
      staleReason: 'Check-in overdue: the last one was on 2026-11-16, and check-ins are due every 14 days.',
      lastCheckIn: { ...kr().lastCheckIn!, confidence: 'high', overdue: true },
    });
    renderView(<IssuePanel />, { [RESOLVER_KEYS.issuePanel]: [ok(panel({ keyResults: [{ ...overdue, via: 'epic' }] }))] }, context);
    const card = await screen.findByRole('article', { name: /Self-serve signup/ });
    expect(card.textContent).toContain('· confidence High then, out of date: a check-in is overdue');
    expect(within(card).getByRole('note').textContent).toContain('Check-in overdue');
  });

  it('warns when the number is stale, and keeps showing it', async () => {
    renderView(<IssuePanel />, { [RESOLVER_KEYS.issuePanel]: [ok(panel({ keyResults: [{ ...kr({ stale: true, staleReason: 'Jira rate limit' }), via: 'epic' }] }))] }, context);
    const note = await screen.findByRole('note');
    expect(note.textContent).toContain('Stale: the last refresh failed (Jira rate limit); showing the last good value.');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('45');
  });

  it('teaches what OKRs are and how to link work when the issue feeds none', async () => {
    renderView(<IssuePanel />, { [RESOLVER_KEYS.issuePanel]: [ok(panel({ issue: { ...issue, isEpic: false }, keyResults: [] }))] }, context);
    expect((await screen.findByText("ONB-1 doesn't feed any key result yet.")).textContent).toBeTruthy();
    expect(screen.getByText(/Objectives say what your organisation wants to achieve/)).toBeTruthy();
    expect(screen.getByText(/open its epic and use "Link to a key result"/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Link ONB-1/ })).toBeNull();
  });

  it('says "not available yet" while the backend is not built, with no made-up data', async () => {
    renderView(<IssuePanel />, { [RESOLVER_KEYS.issuePanel]: [notAvailable] }, context);
    const notice = (await screen.findByText('Not available yet.')).parentElement;
    expect(notice?.getAttribute('role')).toBe('status');
    expect(notice?.textContent).toContain('nothing is shown here until it is');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('offers Retry after a failure, and shows the data once a retry succeeds', async () => {
    const { callsTo } = renderView(<IssuePanel />, { [RESOLVER_KEYS.issuePanel]: [failure('INTERNAL', 'Storage timed out'), ok(panel())] }, context);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("Couldn't load the key results this issue feeds.");
    expect(alert.textContent).toContain('Storage timed out');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('progressbar')).toBeTruthy();
    expect(callsTo(RESOLVER_KEYS.issuePanel)).toHaveLength(2);
  });

  it('on an epic the viewer may link, finds a KR of the current period by search and links the epic to it', async () => {
    const view = portfolio();
    const { callsTo } = renderView(
      <IssuePanel />,
      {
        [RESOLVER_KEYS.issuePanel]: [ok(panel({ keyResults: [], canLink: true })), ok(panel({ canLink: true }))],
        [RESOLVER_KEYS.portfolio]: [ok(view)],
        [RESOLVER_KEYS.linkTarget]: [ok({ id: 'kr-2' })],
      },
      context,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Link ONB-1 to a key result' }));
    const search = await screen.findByLabelText('Find a key result');
    const options = screen.getByRole('list', { name: 'Key results you can link' });
    expect(within(options).getAllByRole('button')).toHaveLength(2);
    fireEvent.change(search, { target: { value: 'wizard' } });
    const [only] = within(options).getAllByRole('button');
    expect(only?.textContent).toContain('=Ship the wizard');
    fireEvent.click(only as HTMLElement);
    await waitFor(() => expect(callsTo(RESOLVER_KEYS.linkTarget)).toHaveLength(1));
    expect(callsTo(RESOLVER_KEYS.linkTarget)[0]?.payload).toEqual({ keyResultId: 'kr-2', target: { kind: 'epic', issueId: '10001' } });
    expect(await screen.findByRole('article')).toBeTruthy();
  });

  it('unlinks the epic from a KR it feeds through the epic', async () => {
    const { callsTo } = renderView(
      <IssuePanel />,
      {
        [RESOLVER_KEYS.issuePanel]: [ok(panel({ canLink: true })), ok(panel({ canLink: true, keyResults: [] }))],
        [RESOLVER_KEYS.unlinkTarget]: [ok({ id: 'kr-1' })],
      },
      context,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Unlink ONB-1 from this key result' }));
    expect(await screen.findByText("ONB-1 doesn't feed any key result yet.")).toBeTruthy();
    expect(callsTo(RESOLVER_KEYS.unlinkTarget)[0]?.payload).toEqual({ keyResultId: 'kr-1', target: { kind: 'epic', issueId: '10001' } });
  });

  it('says someone else changed the KR when linking hits a CONFLICT, and offers Reload', async () => {
    renderView(
      <IssuePanel />,
      {
        [RESOLVER_KEYS.issuePanel]: [ok(panel({ keyResults: [], canLink: true }))],
        [RESOLVER_KEYS.portfolio]: [ok(portfolio())],
        [RESOLVER_KEYS.linkTarget]: [failure('CONFLICT', 'version mismatch')],
      },
      context,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Link ONB-1 to a key result' }));
    const options = await screen.findByRole('list', { name: 'Key results you can link' });
    fireEvent.click(within(options).getAllByRole('button')[0] as HTMLElement);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Someone else changed this key result.');
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeTruthy();
  });
});
