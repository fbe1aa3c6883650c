/** What a route handler gets and answers. Handlers are plain functions over the simulator's state. */
import type { Caller } from '../permissions';
import type { Site } from '../render/entities';
import type { Mutations } from '../state/mutations';
import type { Store } from '../state/store';
import type { Timeline } from '../state/timeline';
import type { Realism, SimResponse } from '../types';

export interface RouteContext {
  store: Store;
  mutations: Mutations;
  timeline: Timeline;
  site: Site;
  realism: Readonly<Realism>;
  now: Date;
  caller: Caller;
  canBrowse(projectId: string): boolean;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body; undefined when there was none. */
  body: unknown;
}

/** `issues` is how many issues the answer returned: the points it costs are 1 + issues (reads) or 1 (writes). */
export interface RouteResult {
  response: SimResponse;
  issues?: number;
}

export interface Route {
  method: string;
  /** Path template as in the OpenAPI spec, e.g. `/rest/api/3/issue/{issueIdOrKey}`. */
  template: string;
  handler(ctx: RouteContext): RouteResult;
}
