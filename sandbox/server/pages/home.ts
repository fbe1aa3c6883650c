/** /: where to start, the demo users with their API tokens, and the endpoints for scripts. */
import { DEMO_USERS } from '../../demo/users';
import type { demoDirectory } from '../demo-directory';
import { html } from './html';
import { layout, type PageChrome } from './layout';

export function homePage(
  chrome: PageChrome,
  directory: ReturnType<typeof demoDirectory>,
  available: readonly string[],
  origin: string,
): string {
  const ex = directory.examples;
  const main = html`<section class="home">
    <h1>OKR Rollup for Jira: local sandbox</h1>
    <p>
      The real app (every resolver, trigger, queue consumer and scheduled job in <code>src/</code>) runs here on
      emulated Forge services and a simulated Jira Cloud site, seeded with a demo organisation: a company objective
      aligned to two departments and four teams in ${directory.periods.current.name}, the graded
      ${directory.periods.previous.name}, 4 projects, 40 epics and about 1,200 issues.
    </p>
    <h2>Start here</h2>
    <ul class="plain-list">
      <li>
        <a href="/browse/${ex.issueInLinkedEpic ?? ''}">${ex.issueInLinkedEpic}</a>: an issue whose epic feeds a key
        result (issue panel and badge)
      </li>
      <li>
        <a href="/browse/${ex.unlinkedEpic ?? ''}">${ex.unlinkedEpic}</a>: an epic linked to no key result (link it from
        its panel)
      </li>
      <li><a href="/jira/dashboard">Dashboard</a>: two gadgets, one still to configure</li>
      <li>
        <a href="/jira/apps/okr-portfolio">OKR portfolio</a>,
        <a href="/jira/projects/PLAT/apps/okr-project-page">Platform's project page</a>,
        <a href="/jira/settings/apps/okr-admin-page">admin page</a>
      </li>
      <li>
        <strong>Simulate work</strong> (top right) moves the site's clock and transitions issues; the issue events run
        the app's trigger and queue.
      </li>
    </ul>
    <p class="muted">
      Resolvers available in this build: ${available.length > 0 ? available.join(', ') : 'none yet'}. The others answer
      "not available yet" until they land.
    </p>
    <h2>Demo users</h2>
    <p>Switch with "Acting as". The Jira REST API takes basic auth with the e-mail and API token.</p>
    <table class="jira-table">
      <thead>
        <tr>
          <th>User</th>
          <th>Role</th>
          <th>E-mail</th>
          <th>API token</th>
          <th>accountId</th>
        </tr>
      </thead>
      <tbody>
        ${DEMO_USERS.map(
          (u) =>
            html`<tr>
              <td>${u.displayName}</td>
              <td>${u.role}</td>
              <td><code>${u.email}</code></td>
              <td><code>${u.apiToken}</code></td>
              <td><code>${u.accountId}</code></td>
            </tr>`,
        )}
      </tbody>
    </table>
    <h2>For scripts and tests</h2>
    <pre><code>curl -u ada@okr-sandbox.test:sandbox-ada ${origin}/rest/api/3/issue/${ex.issueInLinkedEpic ?? 'PLAT-11'}
curl -u ada@okr-sandbox.test:sandbox-ada -X POST -H 'content-type: application/json' \\
  -d '{"transition":{"id":"41"}}' ${origin}/rest/api/3/issue/${ex.issueInLinkedEpic ?? 'PLAT-11'}/transitions
curl -X POST -H 'content-type: application/json' \\
  -d '{"key":"okr/about","accountId":"${DEMO_USERS[0]?.accountId}"}' ${origin}/sandbox/invoke
curl -X POST -H 'content-type: application/json' -d '{"days":3}' ${origin}/sandbox/simulate
curl ${origin}/sandbox/demo</code></pre>
  </section>`;
  return layout({ ...chrome, title: 'Sandbox', section: 'home' }, main);
}
