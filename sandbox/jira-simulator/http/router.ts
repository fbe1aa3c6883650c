/**
 * Matches a method and path against the route table (templates as in the OpenAPI spec). A known path with
 * another method answers 405; an unknown path 404, both in Jira's ErrorCollection shape.
 */
import type { Route } from '../routes/context';

export type Match =
  | { kind: 'route'; route: Route; params: Record<string, string> }
  | { kind: 'method-not-allowed' }
  | { kind: 'not-found' };

interface Compiled {
  route: Route;
  regex: RegExp;
  names: string[];
}

export function createRouter(routes: readonly Route[]): (method: string, pathname: string) => Match {
  const compiled: Compiled[] = routes.map((route) => {
    const names: string[] = [];
    const pattern = route.template
      .split('/')
      .map((seg) => {
        const m = /^\{(\w+)\}$/.exec(seg);
        if (!m) return seg.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
        names.push(m[1] as string);
        return '([^/]+)';
      })
      .join('/');
    return { route, regex: new RegExp(`^${pattern}/?$`), names };
  });
  return (method, pathname) => {
    let pathKnown = false;
    for (const c of compiled) {
      const m = c.regex.exec(pathname);
      if (!m) continue;
      pathKnown = true;
      if (c.route.method !== method) continue;
      const params: Record<string, string> = {};
      c.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1] as string)));
      return { kind: 'route', route: c.route, params };
    }
    return pathKnown ? { kind: 'method-not-allowed' } : { kind: 'not-found' };
  };
}
