/**
 * The `extension` part of the context a UI module's resolver sees, per module type. Ids are Jira's numeric
 * strings; `type` is the module type, e.g. `jira:issuePanel`.
 */
export interface JiraIssueRef {
  id: string;
  key: string;
  type: string;
  typeId?: string;
}

export interface JiraProjectRef {
  id: string;
  key: string;
  type: string;
}

export type ExtensionContext =
  | { type: 'jira:issuePanel' | 'jira:issueContext'; issue: JiraIssueRef; project: JiraProjectRef }
  | { type: 'jira:projectPage'; project: JiraProjectRef }
  | {
      type: 'jira:dashboardGadget';
      gadget: { id: string };
      dashboard: { id: string };
      gadgetConfiguration?: Record<string, unknown>;
      entryPoint?: 'edit';
    }
  | { type: 'jira:globalPage' | 'jira:adminPage' };
