/** The old `/search` (startAt/total) is gone from Jira Cloud: HTTP 410 with Jira's own message (CHANGE-2046). */
import { jiraError } from '../http/json';
import type { Route, RouteResult } from './context';

export const REMOVED_SEARCH_MESSAGE =
  'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046';

const gone = (): RouteResult => ({ response: jiraError(410, [REMOVED_SEARCH_MESSAGE]) });

export const removedRoutes: Route[] = [
  { method: 'GET', template: '/rest/api/3/search', handler: gone },
  { method: 'POST', template: '/rest/api/3/search', handler: gone },
  { method: 'GET', template: '/rest/api/2/search', handler: gone },
  { method: 'POST', template: '/rest/api/2/search', handler: gone },
];
