import { z } from 'zod';
import { JiraId } from './primitives';

/** What a Jira key result or a link points at: an epic's children, a project, a fix version, or a JQL scope. */
export const Target = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('epic'), issueId: JiraId }),
    z.object({ kind: z.literal('project'), projectId: JiraId }),
    z.object({ kind: z.literal('version'), versionId: JiraId }),
    z.object({ kind: z.literal('jql'), jql: z.string().trim().min(1).max(2000) }),
  ],
  { error: 'must be a target of kind epic, project, version or jql' },
);
export type Target = z.infer<typeof Target>;

/** A stable identity for a target, e.g. `epic:10001`, to find duplicates and to key indexes. */
export function targetKey(target: Target): string {
  switch (target.kind) {
    case 'epic':
      return `epic:${target.issueId}`;
    case 'project':
      return `project:${target.projectId}`;
    case 'version':
      return `version:${target.versionId}`;
    case 'jql':
      return `jql:${target.jql.trim()}`;
  }
}
