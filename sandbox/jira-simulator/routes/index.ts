/** The route table. Specific paths come before templated ones (`/issue/bulkfetch` before `/issue/{issueIdOrKey}`). */
import { bulkIssueRoutes } from './bulk-issues';
import { changelogRoutes } from './changelogs';
import type { Route } from './context';
import { issueRoutes } from './issues';
import { metaRoutes } from './meta';
import { projectRoutes } from './projects';
import { removedRoutes } from './removed';
import { searchRoutes } from './search';
import { transitionRoutes } from './transitions';
import { userRoutes } from './users';

export const ROUTES: readonly Route[] = [
  ...searchRoutes,
  ...removedRoutes,
  ...bulkIssueRoutes,
  ...changelogRoutes,
  ...transitionRoutes,
  ...issueRoutes,
  ...projectRoutes,
  ...metaRoutes,
  ...userRoutes,
];
