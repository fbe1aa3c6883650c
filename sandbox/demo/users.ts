/**
 * The demo organisation's people. Every one can log in to the sandbox's Jira REST API with basic auth
 * `email:apiToken`, and the host page's user switcher acts as any of them. Vic may not browse the PAY project, so
 * the views show what a user without that permission sees.
 */
export interface DemoUser {
  accountId: string;
  displayName: string;
  email: string;
  apiToken: string;
  role: string;
  /** Project keys the user may browse; 'all' for every project. */
  browse: readonly string[] | 'all';
  /** Jira administrator: sees the app's admin page. */
  admin: boolean;
}

const user = (n: number, name: string, first: string, role: string, extra: Partial<DemoUser> = {}): DemoUser => ({
  accountId: `712020:5a4d0000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`,
  displayName: name,
  email: `${first}@okr-sandbox.test`,
  apiToken: `sandbox-${first}`,
  role,
  browse: 'all',
  admin: false,
  ...extra,
});

export const DEMO_USERS: readonly DemoUser[] = [
  user(1, 'Ada Byrne', 'ada', 'PMO lead and OKR champion, Jira administrator', { admin: true }),
  user(2, 'Ben Okafor', 'ben', 'VP Engineering'),
  user(3, 'Chloé Martin', 'chloe', 'VP Product & Growth'),
  user(4, 'Dan Kowalski', 'dan', 'Platform team lead'),
  user(5, 'Erin Walsh', 'erin', 'Mobile team lead'),
  user(6, 'Farah Haddad', 'farah', 'Growth team lead'),
  user(7, 'Gus Lindqvist', 'gus', 'Payments team lead'),
  user(8, 'Ivy Chen', 'ivy', 'Engineer, Platform'),
  user(9, 'Jon Park', 'jon', 'Engineer, Mobile'),
  user(10, 'Kemi Adeyemi', 'kemi', 'Engineer, Growth'),
  user(11, 'Luca Rossi', 'luca', 'Engineer, Payments'),
  user(12, 'Vic Moreau', 'vic', 'Stakeholder without access to the Payments project', {
    browse: ['PLAT', 'MOB', 'GROW'],
  }),
];

/** Ada: who the host page acts as until someone switches. */
export const DEFAULT_USER = DEMO_USERS[0] as DemoUser;

export const demoUser = (first: string): DemoUser => {
  const found = DEMO_USERS.find((u) => u.email.startsWith(`${first}@`));
  if (!found) throw new Error(`No demo user ${first}`);
  return found;
};

export const findDemoUser = (accountId: string): DemoUser | undefined =>
  DEMO_USERS.find((u) => u.accountId === accountId);
