/** /jira/projects and /jira/projects/KEY: the projects the user may browse, and a project's epics and backlog. */
import type { JiraSimulator } from '../../jira-simulator';
import { mayBrowse } from '../module-context';
import { html } from './html';
import { forgeFrame, layout, messagePage, type PageChrome } from './layout';

const PROJECT_KEYS = ['PLAT', 'MOB', 'GROW', 'PAY'];

export function projectsPage(chrome: PageChrome, sim: JiraSimulator): string {
  const projects = PROJECT_KEYS.flatMap((key) => sim.project(key) ?? []).filter((p) => mayBrowse(chrome.user, p.key));
  const main = html`<h1>Projects</h1>
    <table class="jira-table">
      <thead>
        <tr>
          <th>Key</th>
          <th>Name</th>
          <th>Type</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        ${projects.map(
          (p) =>
            html`<tr>
              <td>${p.key}</td>
              <td><a href="/jira/projects/${p.key}">${p.name}</a></td>
              <td>${p.style}</td>
              <td><a href="/jira/projects/${p.key}/apps/okr-project-page">OKRs</a></td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  return layout({ ...chrome, title: 'Projects', section: 'projects' }, main);
}

function projectTabs(key: string, current: 'issues' | 'okrs') {
  return html`<nav class="project-tabs" aria-label="Project">
    <a href="/jira/projects/${key}" ${current === 'issues' ? html`aria-current="page"` : ''}>Epics and issues</a>
    <a href="/jira/projects/${key}/apps/okr-project-page" ${current === 'okrs' ? html`aria-current="page"` : ''}
      >OKRs</a
    >
  </nav>`;
}

export function projectIssuesPage(
  chrome: PageChrome,
  sim: JiraSimulator,
  key: string,
): { status: number; body: string } {
  const project = sim.project(key);
  if (!project) return { status: 404, body: messagePage(chrome, 'Project not found', `There is no project ${key}.`) };
  if (!mayBrowse(chrome.user, project.key)) {
    return {
      status: 403,
      body: messagePage(
        chrome,
        "You don't have access to this project",
        `${chrome.user.displayName} may not browse ${project.name}.`,
      ),
    };
  }
  const issues = sim.issues().filter((i) => i.projectKey === project.key);
  const epics = issues.filter((i) => i.type === 'Epic');
  const loose = issues.filter((i) => i.hierarchyLevel === 0 && i.parentKey === null);
  const main = html`<h1>${project.name} <small>${project.key}</small></h1>
    ${projectTabs(project.key, 'issues')}
    <table class="jira-table">
      <thead>
        <tr>
          <th>Epic</th>
          <th>Summary</th>
          <th>Status</th>
          <th>Children done</th>
        </tr>
      </thead>
      <tbody>
        ${epics.map((e) => {
          const children = issues.filter((i) => i.parentKey === e.key);
          const done = children.filter((c) => c.statusCategory === 'done').length;
          return html`<tr>
            <td><a href="/browse/${e.key}">${e.key}</a></td>
            <td>${e.summary}</td>
            <td><span class="lozenge lozenge-${e.statusCategory}">${e.status}</span></td>
            <td>${done} / ${children.length}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    <h2>Issues in no epic</h2>
    <ul class="plain-list">
      ${loose.map((i) => html`<li><a href="/browse/${i.key}">${i.key}</a> ${i.summary} · ${i.status}</li>`)}
    </ul>`;
  return { status: 200, body: layout({ ...chrome, title: project.name, section: 'projects' }, main) };
}

export function projectAppPage(chrome: PageChrome, sim: JiraSimulator, key: string): { status: number; body: string } {
  const project = sim.project(key);
  if (!project) return { status: 404, body: messagePage(chrome, 'Project not found', `There is no project ${key}.`) };
  if (!mayBrowse(chrome.user, project.key)) {
    return {
      status: 403,
      body: messagePage(
        chrome,
        "You don't have access to this project",
        `${chrome.user.displayName} may not browse ${project.name}.`,
      ),
    };
  }
  const main = html`<h1>${project.name} <small>${project.key}</small></h1>
    ${projectTabs(project.key, 'okrs')}
    ${forgeFrame('okr-project-page', { project: project.key }, `OKRs of ${project.name} (project page)`)}`;
  return { status: 200, body: layout({ ...chrome, title: `${project.name} OKRs`, section: 'projects' }, main) };
}
