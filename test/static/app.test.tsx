/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { RESOLVER_KEYS } from '../../src/contract';
import { createApi } from '../../static/src/api';
import { App } from '../../static/src/App';
import type { ForgeContext } from '../../static/src/forge-context';
import { ok } from './fixtures';
import { fakeBridge } from './harness';

function renderApp(context: ForgeContext, answers = {}) {
  const fake = fakeBridge(answers);
  render(<App services={{ api: createApi(fake.bridge), context }} />);
  return fake;
}

describe('routing by moduleKey', () => {
  it('shows the issue context badge in okr-issue-context', async () => {
    renderApp({ moduleKey: 'okr-issue-context', extension: { issue: { id: '1', key: 'A-1' } } }, { [RESOLVER_KEYS.issueContext]: [ok({ feeds: 1, atRisk: 0, offTrack: 0, stale: 0 })] });
    expect(await screen.findByText('Feeds 1 KR · none at risk')).toBeTruthy();
  });

  it("shows the gadget's edit view when Jira opens its edit entry point", async () => {
    renderApp({ moduleKey: 'okr-gadget', extension: { entryPoint: 'edit' } });
    expect(await screen.findByRole('form', { name: 'Gadget settings' })).toBeTruthy();
  });

  it('says so, instead of a blank frame, for a module it has no view for', () => {
    renderApp({ moduleKey: 'okr-unknown', extension: {} });
    expect(screen.getByRole('alert').textContent).toContain('no view for the module "okr-unknown"');
  });
});
