/**
 * The second argument Forge passes to every function (triggers, scheduled triggers, web triggers, consumers), per
 * "Function Arguments" in the Forge function reference. Resolvers see it merged into their `context` instead.
 */
export interface FunctionContext {
  installContext: string;
  principal?: { accountId: string };
  license?: { isActive: boolean; [field: string]: unknown };
  installation?: { ari: { installationId: string; toString(): string }; contexts: unknown[] };
  workspaceId?: string;
}

export interface SiteIdentity {
  cloudId: string;
  /** Defaults to a Jira installation context on the site. */
  installContext?: string;
}

export const SANDBOX_SITE: Required<SiteIdentity> = {
  cloudId: '00000000-0000-4000-8000-000000000001',
  installContext: 'ari:cloud:jira::site/00000000-0000-4000-8000-000000000001',
};

export function functionContext(site: SiteIdentity = SANDBOX_SITE, accountId?: string): FunctionContext {
  const installContext = site.installContext ?? `ari:cloud:jira::site/${site.cloudId}`;
  return {
    installContext,
    ...(accountId ? { principal: { accountId } } : {}),
    license: { isActive: true },
  };
}
