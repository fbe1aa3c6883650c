/**
 * IssueBean.fields is `additionalProperties: {}` in the spec, so the nested entities would go unchecked; this maps
 * the fields the app reads to the component schemas Jira documents for them.
 */
import { loadSpec, validate } from './openapi';

const FIELD_SCHEMAS: Record<string, string> = {
  status: 'StatusDetails',
  issuetype: 'IssueTypeDetails',
  priority: 'Priority',
  assignee: 'UserDetails',
  reporter: 'UserDetails',
  creator: 'UserDetails',
  resolution: 'Resolution',
};

export function validateIssueFields(issue: { fields?: Record<string, unknown> }, at: string): string[] {
  const spec = loadSpec();
  const errors: string[] = [];
  for (const [id, value] of Object.entries(issue.fields ?? {})) {
    const name = FIELD_SCHEMAS[id] ?? (id === 'fixVersions' ? 'Version' : undefined);
    if (!name || value === null) continue;
    const schema = { $ref: `#/components/schemas/${name}` };
    const values = Array.isArray(value) ? value : [value];
    values.forEach((v, i) =>
      errors.push(...validate(spec, schema, v, `${at}.fields.${id}${Array.isArray(value) ? `[${i}]` : ''}`)),
    );
  }
  const parent = issue.fields?.parent as { fields?: Record<string, unknown> } | undefined;
  if (parent) errors.push(...validateIssueFields(parent, `${at}.fields.parent`));
  return errors;
}
