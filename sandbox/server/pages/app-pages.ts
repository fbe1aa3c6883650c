/** The dashboard with two gadgets, the portfolio (a global page) and the app's admin page. */
import { GADGETS } from '../module-context';
import { html } from './html';
import { forgeFrame, layout, messagePage, type PageChrome } from './layout';

export function dashboardPage(
  chrome: PageChrome,
  configs: Record<string, Record<string, unknown>>,
  editing?: string,
): string {
  const main = html`<h1>OKR dashboard</h1>
    <div class="gadgets">
      ${GADGETS.map((g) => {
        const edit = editing === g.id || configs[g.id] === undefined;
        return html`<section class="gadget" data-gadget-id="${g.id}" aria-label="${g.title}">
          <header class="gadget-header">
            <h2>${g.title}</h2>
            ${edit ? html`<span class="muted">Configuring</span>` : html`<a class="jira-button subtle" href="/jira/dashboard?edit=${g.id}">Edit</a>`}
          </header>
          ${forgeFrame(
            'okr-gadget',
            edit ? { gadget: g.id, entry: 'edit' } : { gadget: g.id },
            `${g.title} (dashboard gadget${edit ? ', edit' : ''})`,
          )}
        </section>`;
      })}
    </div>`;
  return layout({ ...chrome, title: 'Dashboard', section: 'dashboard' }, main);
}

export function portfolioPage(chrome: PageChrome): string {
  const main = html`<h1>OKR portfolio</h1>
    ${forgeFrame('okr-portfolio', {}, 'OKR portfolio (global page)', 'forge-frame-page')}`;
  return layout({ ...chrome, title: 'OKR portfolio', section: 'portfolio' }, main);
}

export function adminPage(chrome: PageChrome): { status: number; body: string } {
  if (!chrome.user.admin) {
    return {
      status: 403,
      body: messagePage(
        { ...chrome, section: 'admin' },
        'Only Jira administrators can open app settings',
        `${chrome.user.displayName} is not a Jira administrator. Switch to Ada Byrne to see this page.`,
      ),
    };
  }
  const main = html`<h1>Apps · OKR Rollup settings</h1>
    ${forgeFrame('okr-admin-page', {}, 'OKR Rollup settings (admin page)', 'forge-frame-page')}`;
  return { status: 200, body: layout({ ...chrome, title: 'OKR Rollup settings', section: 'admin' }, main) };
}
