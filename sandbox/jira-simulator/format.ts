/** Jira's wire formats for time. The site time zone of the simulator is UTC. */

/** Jira's date-time format: `2026-01-15T09:30:00.000+0000` (offset without a colon, as Jira sends it). */
export function jiraDateTime(d: Date): string {
  return d.toISOString().replace('Z', '+0000');
}

/** `YYYY-MM-DD` in the site time zone. */
export function jiraDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
