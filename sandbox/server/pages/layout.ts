/** The Jira-like chrome around every host page: navigation, site clock, simulate control, user switcher, theme. */
import { DEMO_USERS, type DemoUser } from '../../demo/users';
import { MAX_SIMULATED_DAYS } from '../routes/sandbox-api';
import { html, type Html } from './html';

export interface PageChrome {
  title: string;
  user: DemoUser;
  theme: 'light' | 'dark';
  now: Date;
  /** Which nav entry is current. */
  section?: 'home' | 'dashboard' | 'projects' | 'portfolio' | 'admin';
}

const NAV: { section: NonNullable<PageChrome['section']>; href: string; label: string }[] = [
  { section: 'dashboard', href: '/jira/dashboard', label: 'Dashboard' },
  { section: 'projects', href: '/jira/projects', label: 'Projects' },
  { section: 'portfolio', href: '/jira/apps/okr-portfolio', label: 'OKR portfolio' },
  { section: 'admin', href: '/jira/settings/apps/okr-admin-page', label: 'Apps · OKR settings' },
];

export function formatSiteTime(now: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(now);
}

export function layout(chrome: PageChrome, main: Html): string {
  const days = [1, 3, 7, 14, MAX_SIMULATED_DAYS];
  return html`<!doctype html>
    <html lang="en" data-color-mode="${chrome.theme}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${chrome.title} · OKR sandbox</title>
        <link rel="icon" href="/frames/okr-portfolio/icon.svg" />
        <link rel="stylesheet" href="/sandbox/host/host.css" />
        <script src="/sandbox/host/host.js" defer></script>
      </head>
      <body>
        <header class="jira-nav">
          <a class="jira-logo" href="/"><span aria-hidden="true">◆</span> Jira <small>OKR sandbox</small></a>
          <nav aria-label="Jira">
            ${NAV.map(
              (item) =>
                html`<a href="${item.href}" ${item.section === chrome.section ? html`aria-current="page"` : ''}
                  >${item.label}</a
                >`,
            )}
          </nav>
          <div class="jira-tools">
            <span class="site-clock" title="The simulated site's clock (UTC)" data-site-clock
              >${formatSiteTime(chrome.now)} UTC</span
            >
            <form class="simulate" data-simulate>
              <select name="days" aria-label="Days of work to simulate">
                ${days.map((d) => html`<option value="${d}">${d} ${d === 1 ? 'day' : 'days'}</option>`)}
              </select>
              <button type="submit" class="jira-button">Simulate work</button>
            </form>
            <label class="user-switch"
              >Acting as
              <select data-user-switch aria-label="Acting user">
                ${DEMO_USERS.map(
                  (u) =>
                    html`<option value="${u.accountId}" ${u.accountId === chrome.user.accountId ? html`selected` : ''}>
                      ${u.displayName}${u.admin ? ' (admin)' : ''}${u.browse === 'all' ? '' : ' (no PAY access)'}
                    </option>`,
                )}
              </select></label
            >
            <button
              type="button"
              class="jira-button subtle"
              data-theme-toggle="${chrome.theme === 'dark' ? 'light' : 'dark'}"
            >
              ${chrome.theme === 'dark' ? 'Light' : 'Dark'} theme
            </button>
          </div>
        </header>
        <div class="toast" role="status" data-toast hidden></div>
        <main class="jira-main">${main}</main>
        <footer class="jira-footer">
          Local sandbox: the real OKR Rollup handlers on emulated Forge services and a simulated Jira Cloud. No
          Atlassian account involved. <a href="/">Demo users, API and endpoints</a>
        </footer>
      </body>
    </html>`.value;
}

/** A Custom UI module in an iframe, as Jira embeds one. */
export function forgeFrame(moduleKey: string, query: Record<string, string>, title: string, extraClass = ''): Html {
  const search = new URLSearchParams(query).toString();
  return html`<iframe
    class="forge-frame ${extraClass}"
    data-module="${moduleKey}"
    src="/frames/${moduleKey}/index.html${search ? `?${search}` : ''}"
    title="${title}"
  ></iframe>`;
}

export function messagePage(chrome: PageChrome, heading: string, text: string): string {
  return layout(
    chrome,
    html`<section class="jira-message">
      <h1>${heading}</h1>
      <p>${text}</p>
    </section>`,
  );
}
