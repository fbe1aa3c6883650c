import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * moduleKey (manifest.yml) → the view it shows, each its own chunk so a module downloads only what it shows.
 * File names equal module keys: bench/ui-bundles.ts finds each module's chunk by that name in Vite's manifest.
 */
export const ROUTES: Record<string, LazyExoticComponent<ComponentType>> = {
  'okr-issue-panel': lazy(() => import('./modules/okr-issue-panel')),
  'okr-issue-context': lazy(() => import('./modules/okr-issue-context')),
  'okr-gadget': lazy(() => import('./modules/okr-gadget')),
  'okr-gadget:edit': lazy(() => import('./modules/okr-gadget.edit')),
  'okr-portfolio': lazy(() => import('./modules/okr-portfolio')),
  'okr-project-page': lazy(() => import('./modules/okr-project-page')),
  'okr-admin-page': lazy(() => import('./modules/okr-admin-page')),
};

/** The gadget's config view shares its moduleKey with the gadget; Forge tells them apart by `entryPoint`. */
export function routeKey(moduleKey: string, entryPoint?: string): string {
  return entryPoint === 'edit' ? `${moduleKey}:edit` : moduleKey;
}
