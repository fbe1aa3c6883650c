/**
 * The issue fields the simulated site has, as `GET /rest/api/3/field` lists them. Story points live in two custom
 * fields, as on real sites: team-managed projects use "Story point estimate" (jsw-story-points), company-managed
 * projects use "Story Points" (a float field). Apps must discover them by schema, not by a hard-coded id.
 */
import type { ProjectStyle } from '../types';

export const STORY_POINT_ESTIMATE_FIELD = 'customfield_10016';
export const STORY_POINTS_FIELD = 'customfield_10026';

export interface FieldDef {
  id: string;
  name: string;
  custom: boolean;
  navigable: boolean;
  orderable: boolean;
  searchable: boolean;
  clauseNames: string[];
  schema: Record<string, unknown>;
  /** For custom fields: the project style whose issues carry it. */
  appliesTo?: ProjectStyle;
}

function system(id: string, name: string, type: string, extra: Partial<FieldDef> = {}, items?: string): FieldDef {
  return {
    id,
    name,
    custom: false,
    navigable: true,
    orderable: true,
    searchable: true,
    clauseNames: [id],
    schema: items ? { type, items, system: id } : { type, system: id },
    ...extra,
  };
}

export const FIELDS: readonly FieldDef[] = [
  system('summary', 'Summary', 'string'),
  system('issuetype', 'Issue Type', 'issuetype', { orderable: true, clauseNames: ['issuetype', 'type'] }),
  system('status', 'Status', 'status', { orderable: false }),
  system('statuscategorychangedate', 'Status Category Changed', 'datetime', {
    orderable: false,
    clauseNames: ['statusCategoryChangedDate'],
  }),
  system('parent', 'Parent', 'issuelink', { clauseNames: ['parent'] }),
  system('project', 'Project', 'project', { orderable: false }),
  system('fixVersions', 'Fix versions', 'array', { clauseNames: ['fixVersion'] }, 'version'),
  system('labels', 'Labels', 'array', {}, 'string'),
  system('created', 'Created', 'datetime', { orderable: false, clauseNames: ['created', 'createdDate'] }),
  system('updated', 'Updated', 'datetime', { orderable: false, clauseNames: ['updated', 'updatedDate'] }),
  system('resolutiondate', 'Resolved', 'datetime', { orderable: false, clauseNames: ['resolutiondate', 'resolved'] }),
  system('resolution', 'Resolution', 'resolution'),
  system('assignee', 'Assignee', 'user'),
  system('reporter', 'Reporter', 'user'),
  system('creator', 'Creator', 'user', { orderable: false }),
  system('priority', 'Priority', 'priority'),
  system(
    'subtasks',
    'Sub-tasks',
    'array',
    { orderable: false, searchable: false, clauseNames: ['subtasks'] },
    'issuelinks',
  ),
  {
    id: 'issuekey',
    name: 'Key',
    custom: false,
    navigable: true,
    orderable: false,
    searchable: false,
    clauseNames: ['id', 'issue', 'issuekey', 'key'],
    schema: { type: 'string', system: 'issuekey' },
  },
  {
    id: STORY_POINT_ESTIMATE_FIELD,
    name: 'Story point estimate',
    custom: true,
    navigable: true,
    orderable: true,
    searchable: true,
    clauseNames: ['cf[10016]', 'Story point estimate', 'Story point estimate[Number]'],
    schema: { type: 'number', custom: 'com.pyxis.greenhopper.jira:jsw-story-points', customId: 10016 },
    appliesTo: 'team-managed',
  },
  {
    id: STORY_POINTS_FIELD,
    name: 'Story Points',
    custom: true,
    navigable: true,
    orderable: true,
    searchable: true,
    clauseNames: ['cf[10026]', 'Story Points', 'Story Points[Number]'],
    schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float', customId: 10026 },
    appliesTo: 'company-managed',
  },
];

export function pointsFieldFor(style: ProjectStyle): FieldDef {
  const id = style === 'team-managed' ? STORY_POINT_ESTIMATE_FIELD : STORY_POINTS_FIELD;
  const def = FIELDS.find((f) => f.id === id);
  if (!def) throw new Error(`missing field ${id}`);
  return def;
}
