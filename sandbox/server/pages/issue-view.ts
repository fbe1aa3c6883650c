/** /browse/KEY: Jira's issue view with its fields, child work, the app's issue panel and its context badge. */
import type { Issue, JiraSimulator } from '../../jira-simulator';
import { DEMO_USERS } from '../../demo/users';
import { mayBrowse } from '../module-context';
import { html } from './html';
import { forgeFrame, layout, messagePage, type PageChrome } from './layout';

const nameOf = (accountId: string | null) =>
  accountId === null ? 'Unassigned' : (DEMO_USERS.find((u) => u.accountId === accountId)?.displayName ?? accountId);
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '—');
const statusClass = (issue: Issue) => `lozenge lozenge-${issue.statusCategory}`;

export function issueViewPage(chrome: PageChrome, sim: JiraSimulator, key: string): { status: number; body: string } {
  const issue = sim.issue(key);
  if (!issue) {
    return { status: 404, body: messagePage(chrome, 'Issue does not exist', `There is no issue ${key} on this site.`) };
  }
  if (!mayBrowse(chrome.user, issue.projectKey)) {
    return {
      status: 403,
      body: messagePage(
        { ...chrome, title: 'No permission' },
        "You don't have permission to view this issue",
        `${chrome.user.displayName} may not browse the ${sim.project(issue.projectKey)?.name ?? issue.projectKey} project.`,
      ),
    };
  }
  const project = sim.project(issue.projectKey);
  const parent = issue.parentKey ? sim.issue(issue.parentKey) : undefined;
  const children = sim.issues().filter((i) => i.parentKey === issue.key);
  const done = children.filter((c) => c.statusCategory === 'done').length;
  const main = html`<article class="issue-view" data-issue-key="${issue.key}">
    <div class="issue-main">
      <nav class="breadcrumbs" aria-label="Breadcrumbs">
        <a href="/jira/projects">Projects</a> /
        <a href="/jira/projects/${issue.projectKey}">${project?.name ?? issue.projectKey}</a>
        ${parent ? html` / <a href="/browse/${parent.key}">${parent.key}</a>` : ''} / <span>${issue.key}</span>
      </nav>
      <h1 class="issue-summary"><span class="issue-type">${issue.type}</span> ${issue.summary}</h1>
      <section class="issue-description">
        <h2>Description</h2>
        <p>
          ${
            issue.type === 'Epic'
              ? `${issue.summary}: ${children.length} child issues, ${done} done.`
              : `Part of ${parent ? `${parent.key} ${parent.summary}` : 'no epic'}.`
          }
        </p>
      </section>
      ${
        children.length > 0
          ? html`<section class="issue-children">
              <h2>
                ${issue.type === 'Epic' ? 'Child issues' : 'Sub-tasks'}
                <small>${done} of ${children.length} done</small>
              </h2>
              <table class="jira-table">
                <tbody>
                  ${children.slice(0, 60).map(
                    (c) =>
                      html`<tr>
                        <td><a href="/browse/${c.key}">${c.key}</a></td>
                        <td>${c.summary}</td>
                        <td>${c.points ?? ''}</td>
                        <td><span class="${statusClass(c)}">${c.status}</span></td>
                      </tr>`,
                  )}
                </tbody>
              </table>
              ${children.length > 60 ? html`<p class="muted">and ${children.length - 60} more</p>` : ''}
            </section>`
          : ''
      }
      <section class="app-panel" aria-label="OKRs panel">
        <h2><span class="app-icon" aria-hidden="true">◎</span> OKRs</h2>
        ${forgeFrame('okr-issue-panel', { issue: issue.key }, 'OKRs (issue panel)')}
      </section>
    </div>
    <aside class="issue-side">
      <p><span class="${statusClass(issue)}" data-issue-status>${issue.status}</span></p>
      <details class="issue-context" open>
        <summary>OKRs</summary>
        ${forgeFrame('okr-issue-context', { issue: issue.key }, 'Key results (issue context)', 'forge-frame-small')}
      </details>
      <dl class="issue-fields">
        <dt>Assignee</dt>
        <dd>${nameOf(issue.assignee)}</dd>
        <dt>Reporter</dt>
        <dd>${nameOf(issue.reporter)}</dd>
        <dt>Parent</dt>
        <dd>${parent ? html`<a href="/browse/${parent.key}">${parent.key}</a> ${parent.summary}` : 'None'}</dd>
        <dt>${project?.style === 'team-managed' ? 'Story point estimate' : 'Story Points'}</dt>
        <dd>${issue.points ?? 'None'}</dd>
        <dt>Fix versions</dt>
        <dd>${issue.fixVersions.length > 0 ? issue.fixVersions.join(', ') : 'None'}</dd>
        <dt>Labels</dt>
        <dd>${issue.labels.length > 0 ? issue.labels.join(', ') : 'None'}</dd>
        <dt>Created</dt>
        <dd>${day(issue.created)}</dd>
        <dt>Updated</dt>
        <dd>${day(issue.updated)}</dd>
        <dt>Resolved</dt>
        <dd>${day(issue.resolutiondate)}</dd>
      </dl>
    </aside>
  </article>`;
  return {
    status: 200,
    body: layout({ ...chrome, title: `${issue.key} ${issue.summary}`, section: 'projects' }, main),
  };
}
