import { Suspense } from 'react';
import { ServicesContext, type AppServices } from './app-context';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ROUTES, routeKey } from './routes';

/** Shows the view of the module Jira opened this frame for. */
export function App({ services }: { services: AppServices }) {
  const { moduleKey, extension } = services.context;
  const View = ROUTES[routeKey(moduleKey, extension.entryPoint)];
  return (
    <ServicesContext.Provider value={services}>
      <ErrorBoundary>
        <Suspense fallback={<p className="okr-muted" role="status">Loading…</p>}>
          {View ? (
            <View />
          ) : (
            <p className="okr-notice okr-notice-error" role="alert">
              OKR Rollup has no view for the module "{moduleKey}".
            </p>
          )}
        </Suspense>
      </ErrorBoundary>
    </ServicesContext.Provider>
  );
}
