/**
 * The demo site's Jira: four projects (both story-point field variants), releases, and forty epics, each with
 * how much work it holds and how far along it is on the demo day. Two epics per project belong to the closed
 * quarter, PAY's EUR billing spans both quarters, and the last two of each project are linked to no key result
 * (as are a few whose work a KR reaches through a release or a JQL scope instead).
 */
import type { ProjectStyle } from '../jira-simulator';

export interface ProjectPlan {
  key: string;
  name: string;
  style: ProjectStyle;
  lead: string;
  engineers: readonly string[];
  versions: readonly { name: string; released: boolean; releaseDate: string }[];
}

export const PROJECTS: readonly ProjectPlan[] = [
  {
    key: 'PLAT',
    name: 'Platform',
    style: 'company-managed',
    lead: 'dan',
    engineers: ['dan', 'ivy', 'ben'],
    versions: [
      { name: '2026.11', released: true, releaseDate: '2026-11-10' },
      { name: '2026.12', released: false, releaseDate: '2026-12-15' },
    ],
  },
  { key: 'MOB', name: 'Mobile', style: 'team-managed', lead: 'erin', engineers: ['erin', 'jon'], versions: [] },
  { key: 'GROW', name: 'Growth', style: 'team-managed', lead: 'farah', engineers: ['farah', 'kemi'], versions: [] },
  {
    key: 'PAY',
    name: 'Payments',
    style: 'company-managed',
    lead: 'gus',
    engineers: ['gus', 'luca'],
    versions: [{ name: 'EU launch', released: false, releaseDate: '2026-12-31' }],
  },
];

export interface EpicPlan {
  /** `PLAT/3`: the third epic created in PLAT, hence issue key PLAT-3. */
  ref: string;
  project: string;
  summary: string;
  /** When the work starts and when it is planned to end (calendar days). */
  start: string;
  end: string;
  /** Child issues (stories, tasks, bugs) at the demo day, sub-tasks not counted. */
  size: number;
  /** Share of the children done on the demo day. */
  done: number;
  /** Share of the children added after the start: scope growth. */
  growth: number;
  /** Share of the children done after `end` (late work of a closed quarter). */
  late?: number;
  labels?: readonly string[];
  fixVersion?: string;
}

const Q3 = { start: '2026-06-29', end: '2026-09-30' };
const Q4 = { start: '2026-09-28', end: '2026-12-18' };

const epic = (ref: string, summary: string, rest: Omit<EpicPlan, 'ref' | 'project' | 'summary'>): EpicPlan => ({
  ref,
  project: ref.split('/')[0] as string,
  summary,
  ...rest,
});

export const EPICS: readonly EpicPlan[] = [
  epic('PLAT/1', 'Edge cache rollout', { ...Q3, size: 26, done: 1, growth: 0.15 }),
  epic('PLAT/2', 'Observability baseline', { ...Q3, size: 22, done: 0.95, growth: 0.1, late: 0.1 }),
  epic('PLAT/3', 'Image pipeline on the CDN', { ...Q4, size: 30, done: 0.62, growth: 0.2 }),
  epic('PLAT/4', 'Lazy-load the issue view', { ...Q4, size: 24, done: 0.55, growth: 0.1 }),
  epic('PLAT/5', 'Query planner rewrite', { ...Q4, size: 34, done: 0.3, growth: 0.35 }),
  epic('PLAT/6', 'Self-healing deploys', { ...Q4, size: 22, done: 0.5, growth: 0.1, fixVersion: '2026.12' }),
  epic('PLAT/7', 'Runbook automation', { ...Q4, size: 20, done: 0.56, growth: 0.05, fixVersion: '2026.12' }),
  epic('PLAT/8', 'Reliability backlog', { ...Q4, size: 32, done: 0.46, growth: 0.3, labels: ['reliability'] }),
  epic('PLAT/9', 'Dependency upgrades', { ...Q4, size: 18, done: 0.4, growth: 0.1 }),
  epic('PLAT/10', 'Build times under ten minutes', { ...Q4, size: 16, done: 0.25, growth: 0.1 }),

  epic('MOB/1', 'Offline mode', { ...Q3, size: 28, done: 0.9, growth: 0.2, late: 0.05 }),
  epic('MOB/2', 'Push notifications', { ...Q3, size: 20, done: 1, growth: 0.05 }),
  epic('MOB/3', 'Boards on mobile', { ...Q4, size: 32, done: 0.5, growth: 0.15 }),
  epic('MOB/4', 'Roadmaps on mobile', { ...Q4, size: 26, done: 0.36, growth: 0.2 }),
  epic('MOB/5', 'Mobile search', { ...Q4, size: 22, done: 0.44, growth: 0.1 }),
  epic('MOB/6', 'Tablet layouts', { ...Q4, size: 24, done: 0.6, growth: 0.05 }),
  epic('MOB/7', 'Crash triage', { ...Q4, size: 30, done: 0.58, growth: 0.4, labels: ['crash'] }),
  epic('MOB/8', 'Cold start under two seconds', { ...Q4, size: 18, done: 0.5, growth: 0.1 }),
  epic('MOB/9', 'Accessibility audit', { ...Q4, size: 20, done: 0.3, growth: 0.1 }),
  epic('MOB/10', 'Design system 2', { ...Q4, size: 22, done: 0.2, growth: 0.1 }),

  epic('GROW/1', 'Signup funnel', { ...Q3, size: 24, done: 0.85, growth: 0.1 }),
  epic('GROW/2', 'Referral programme', { ...Q3, size: 22, done: 0.7, growth: 0.15 }),
  epic('GROW/3', 'Guided first project', { ...Q4, size: 28, done: 0.6, growth: 0.15 }),
  epic('GROW/4', 'Template gallery', { ...Q4, size: 26, done: 0.52, growth: 0.2 }),
  epic('GROW/5', 'Invite flow', { ...Q4, size: 24, done: 0.2, growth: 0.25 }),
  epic('GROW/6', 'Team directory', { ...Q4, size: 22, done: 0.16, growth: 0.15 }),
  epic('GROW/7', 'Onboarding emails', { ...Q4, size: 20, done: 0.55, growth: 0.1, labels: ['onboarding'] }),
  epic('GROW/8', 'In-app tours', { ...Q4, size: 22, done: 0.45, growth: 0.2, labels: ['onboarding'] }),
  epic('GROW/9', 'Pricing page experiments', { ...Q4, size: 16, done: 0.5, growth: 0.2 }),
  epic('GROW/10', 'Analytics clean-up', { ...Q4, size: 18, done: 0.3, growth: 0.1 }),

  epic('PAY/1', 'PCI audit fixes', { ...Q3, size: 22, done: 1, growth: 0.1 }),
  epic('PAY/2', 'Dunning emails', { ...Q3, size: 18, done: 0.93, growth: 0.05, late: 0.15 }),
  epic('PAY/3', 'Retry failed payments', { ...Q4, size: 26, done: 0.6, growth: 0.1 }),
  epic('PAY/4', 'One-click checkout', { ...Q4, size: 30, done: 0.42, growth: 0.25 }),
  epic('PAY/5', 'EUR billing', { start: '2026-08-03', end: '2026-12-18', size: 44, done: 0.55, growth: 0.3 }),
  epic('PAY/6', 'VAT invoices', { ...Q4, size: 22, done: 0.5, growth: 0.1, fixVersion: 'EU launch' }),
  epic('PAY/7', 'Payment provider failover', { ...Q4, size: 20, done: 0.25, growth: 0.2 }),
  epic('PAY/8', 'Self-service refunds', { ...Q4, size: 20, done: 0.56, growth: 0.1 }),
  epic('PAY/9', 'Ledger reconciliation', { ...Q4, size: 18, done: 0.35, growth: 0.1 }),
  epic('PAY/10', 'Fraud rules', { ...Q4, size: 16, done: 0.4, growth: 0.1 }),
];

/** Issues in no epic, per project: the odd bug and chore every backlog has. */
export const LOOSE_ISSUES_PER_PROJECT = 12;

/** Work item summaries are "<epic or area>: <verb> <object>", e.g. "Mobile search: fix timeout in the API". */
export const WORK_SUMMARIES = {
  Story: ['show', 'let admins change', 'support', 'add', 'remember', 'explain', 'offer', 'speed up'],
  Task: ['migrate', 'configure', 'document', 'automate', 'clean up', 'measure', 'spike on', 'review'],
  Bug: ['fix a crash in', 'fix a timeout in', 'fix wrong totals in', 'fix flicker in', 'fix missing data in'],
} as const;

export const WORK_OBJECTS = [
  'the settings screen',
  'the empty state',
  'error messages',
  'the public API',
  'audit logging',
  'keyboard navigation',
  'the small-screen layout',
  'rate limiting',
  'the data migration',
  'usage metrics',
  'the onboarding checklist',
  'permissions checks',
  'search results',
  'notifications',
  'the export',
  'caching',
] as const;
