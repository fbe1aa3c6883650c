/** The parts of Forge's `view.getContext()` answer the UI reads, per module type (see manifest.yml). */
export interface ForgeContext {
  moduleKey: string;
  accountId?: string;
  locale?: string;
  timezone?: string;
  extension: {
    type?: string;
    /** Issue panel and issue context. */
    issue?: { id: string; key: string; type?: string };
    /** Issue modules and project page. */
    project?: { id: string; key: string; type?: string };
    /** Dashboard gadget: its saved configuration, and `edit` when Jira shows the config view. */
    gadgetConfiguration?: Record<string, unknown>;
    entryPoint?: string;
  };
}
