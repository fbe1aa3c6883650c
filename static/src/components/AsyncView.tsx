import type { ReactNode } from 'react';
import type { Resource } from '../use-resource';
import { ErrorNotice } from './ErrorNotice';

interface Props<T> {
  resource: Resource<T>;
  what: string;
  children: (data: T) => ReactNode;
}

/** The three states every data view has: loading, failed (with Retry or "not available yet"), ready. */
export function AsyncView<T>({ resource, what, children }: Props<T>) {
  if (resource.state === 'loading') {
    return (
      <p className="okr-muted" role="status">
        Loading {what}…
      </p>
    );
  }
  if (resource.state === 'error') {
    return <ErrorNotice error={resource.error} what={what} onRetry={resource.reload} />;
  }
  return <>{children(resource.data)}</>;
}
