/**
 * The demo organisation's OKRs: a company objective aligned to two departments and four teams (two objectives
 * each, one individual objective) in the current quarter, and the closed previous quarter. Key results use every
 * source (epics, a project, a release, a JQL scope, metrics, milestones), both kinds, one period baseline; some
 * are at risk, some owners stopped checking in. Owners are demo users by first name.
 */
import type { KeyResultKind, ObjectiveLevel } from '../../src/domain';

export type TargetPlan =
  | { kind: 'epic'; ref: string }
  | { kind: 'project'; key: string }
  | { kind: 'version'; project: string; name: string }
  | { kind: 'jql'; jql: string; labels: string; project: string };

export type SourcePlan =
  | { type: 'jira'; measure: 'count' | 'points'; targets: TargetPlan[]; includeSubtasks?: boolean }
  /** `values`: the metric at each check-in, the last one being current. */
  | { type: 'metric'; start: number; target: number; unit: string; values: number[] }
  | { type: 'milestones'; items: { title: string; doneOn?: string }[] };

export interface KrPlan {
  ref: string;
  title: string;
  kind?: KeyResultKind;
  weight?: number;
  owners: string[];
  source: SourcePlan;
  baseline?: true;
  /** `stale`: the owners stopped checking in a month ago; `none`: never checked in. */
  checkIns?: 'regular' | 'stale' | 'none';
}

export interface ObjectivePlan {
  ref: string;
  period: 'current' | 'previous';
  title: string;
  description?: string;
  level: ObjectiveLevel;
  team?: string;
  owners: string[];
  parent?: { ref: string; weight?: number };
  retrospective?: string;
  keyResults: KrPlan[];
}

const epics = (...refs: string[]): TargetPlan[] => refs.map((ref) => ({ kind: 'epic', ref }));
const count = (...refs: string[]): SourcePlan => ({ type: 'jira', measure: 'count', targets: epics(...refs) });
const points = (...refs: string[]): SourcePlan => ({ type: 'jira', measure: 'points', targets: epics(...refs) });

export const OKR_PLAN: readonly ObjectivePlan[] = [
  {
    ref: 'company',
    period: 'current',
    title: 'Teams run their whole quarter in our product',
    description: 'Planning, tracking and reviewing happen where the work is, not in spreadsheets.',
    level: 'company',
    owners: ['ben', 'chloe'],
    keyResults: [
      {
        ref: 'company-wat',
        title: 'Weekly active teams grow from 1,200 to 2,000',
        owners: ['chloe'],
        source: { type: 'metric', start: 1200, target: 2000, unit: 'teams', values: [1260, 1390, 1480, 1610] },
      },
      {
        ref: 'company-nrr',
        title: 'Net revenue retention rises from 104% to 110%',
        kind: 'aspirational',
        owners: ['ben', 'chloe'],
        source: { type: 'metric', start: 104, target: 110, unit: '%', values: [104.2, 104.9, 105.3, 105.6] },
      },
    ],
  },
  {
    ref: 'eng',
    period: 'current',
    title: 'Ship a faster, calmer product',
    level: 'department',
    team: 'Engineering',
    owners: ['ben'],
    parent: { ref: 'company' },
    keyResults: [
      {
        ref: 'eng-sev1',
        title: 'Sev-1 incidents fall from 6 to 2 a month',
        owners: ['ben'],
        source: { type: 'metric', start: 6, target: 2, unit: 'incidents', values: [5, 5, 4, 4] },
      },
      {
        ref: 'eng-reliability',
        title: 'Close the reliability backlog',
        owners: ['ben', 'dan'],
        source: {
          type: 'jira',
          measure: 'count',
          targets: [
            { kind: 'jql', jql: 'project = PLAT AND labels = reliability', labels: 'reliability', project: 'PLAT' },
          ],
        },
      },
    ],
  },
  {
    ref: 'product',
    period: 'current',
    title: 'Grow active teams and revenue',
    level: 'department',
    team: 'Product & Growth',
    owners: ['chloe'],
    parent: { ref: 'company' },
    keyResults: [
      {
        ref: 'product-pricing',
        title: 'Pricing v3 is live in every region',
        owners: ['chloe'],
        source: {
          type: 'milestones',
          items: [
            { title: 'Packaging approved', doneOn: '2026-10-09' },
            { title: 'Price book in billing', doneOn: '2026-10-30' },
            { title: 'US launch', doneOn: '2026-11-12' },
            { title: 'EU launch' },
            { title: 'APAC launch' },
          ],
        },
      },
      {
        ref: 'product-eu',
        title: 'Ship everything the EU launch release holds',
        owners: ['chloe', 'gus'],
        source: { type: 'jira', measure: 'count', targets: [{ kind: 'version', project: 'PAY', name: 'EU launch' }] },
        checkIns: 'stale',
      },
    ],
  },
  {
    ref: 'platform-fast',
    period: 'current',
    title: 'Pages load fast everywhere',
    level: 'team',
    team: 'Platform',
    owners: ['dan'],
    parent: { ref: 'eng', weight: 2 },
    keyResults: [
      {
        ref: 'platform-p95',
        title: 'Issue view p95 drops from 1,400 ms to 800 ms',
        owners: ['dan'],
        source: { type: 'metric', start: 1400, target: 800, unit: 'ms', values: [1380, 1260, 1150, 1040] },
      },
      {
        ref: 'platform-cdn',
        title: 'Ship the CDN image pipeline and the lazy issue view',
        owners: ['dan', 'ivy'],
        source: count('PLAT/3', 'PLAT/4'),
      },
      {
        ref: 'platform-planner',
        title: 'Finish the query planner rewrite',
        owners: ['ivy'],
        source: points('PLAT/5'),
      },
    ],
  },
  {
    ref: 'platform-ops',
    period: 'current',
    title: 'Operations run themselves',
    level: 'team',
    team: 'Platform',
    owners: ['dan'],
    parent: { ref: 'eng' },
    keyResults: [
      {
        ref: 'platform-release',
        title: 'Release 2026.12 ships complete',
        owners: ['dan'],
        source: { type: 'jira', measure: 'count', targets: [{ kind: 'version', project: 'PLAT', name: '2026.12' }] },
      },
      {
        ref: 'platform-oncall',
        title: 'On-call runs on automated runbooks',
        kind: 'aspirational',
        owners: ['ivy'],
        source: {
          type: 'milestones',
          items: [
            { title: 'Runbook catalogue', doneOn: '2026-10-16' },
            { title: 'Auto-remediation for disk alerts', doneOn: '2026-11-06' },
            { title: 'Auto-remediation for deploy rollbacks' },
            { title: 'Pager load under 5 pages a week' },
          ],
        },
        checkIns: 'stale',
      },
      { ref: 'platform-deploys', title: 'Deploys heal themselves', owners: ['dan'], source: points('PLAT/6') },
    ],
  },
  {
    ref: 'mobile-parity',
    period: 'current',
    title: 'The mobile app does what the web does',
    level: 'team',
    team: 'Mobile',
    owners: ['erin'],
    parent: { ref: 'eng' },
    keyResults: [
      {
        ref: 'mobile-boards',
        title: 'Boards and roadmaps on mobile',
        kind: 'aspirational',
        owners: ['erin'],
        source: points('MOB/3', 'MOB/4'),
      },
      {
        ref: 'mobile-search',
        title: 'Search on mobile finds what the web finds',
        owners: ['jon'],
        source: count('MOB/5'),
      },
      {
        ref: 'mobile-tablet',
        title: 'Tablet layouts for every screen',
        owners: ['jon'],
        source: count('MOB/6'),
        weight: 0.5,
      },
    ],
  },
  {
    ref: 'mobile-stable',
    period: 'current',
    title: 'Mobile sessions never crash',
    level: 'team',
    team: 'Mobile',
    owners: ['erin'],
    parent: { ref: 'eng' },
    keyResults: [
      {
        ref: 'mobile-crashfree',
        title: 'Crash-free sessions rise from 99.1% to 99.8%',
        owners: ['erin'],
        source: { type: 'metric', start: 99.1, target: 99.8, unit: '%', values: [99.15, 99.3, 99.38, 99.52] },
      },
      {
        ref: 'mobile-triage',
        title: 'Every crash cluster triaged and fixed',
        owners: ['jon'],
        source: { type: 'jira', measure: 'count', targets: epics('MOB/7'), includeSubtasks: true },
      },
      {
        ref: 'mobile-coldstart',
        title: 'Cold start under two seconds',
        owners: ['erin'],
        source: points('MOB/8'),
        checkIns: 'none',
      },
    ],
  },
  {
    ref: 'growth-activation',
    period: 'current',
    title: 'Trials turn into teams',
    level: 'team',
    team: 'Growth',
    owners: ['farah'],
    parent: { ref: 'product', weight: 2 },
    keyResults: [
      {
        ref: 'growth-conversion',
        title: 'Trial-to-paid conversion rises from 8% to 12%',
        owners: ['farah'],
        source: { type: 'metric', start: 8, target: 12, unit: '%', values: [8.1, 8.6, 9.2, 9.9] },
      },
      {
        ref: 'growth-onboarding',
        title: 'Ship the onboarding work',
        owners: ['kemi'],
        source: {
          type: 'jira',
          measure: 'count',
          targets: [
            { kind: 'jql', jql: 'project = GROW AND labels = onboarding', labels: 'onboarding', project: 'GROW' },
          ],
        },
      },
      {
        ref: 'growth-first-project',
        title: 'Guided first project and template gallery',
        owners: ['farah', 'kemi'],
        source: points('GROW/3', 'GROW/4'),
      },
    ],
  },
  {
    ref: 'growth-virality',
    period: 'current',
    title: 'Teams bring their colleagues',
    level: 'team',
    team: 'Growth',
    owners: ['farah'],
    parent: { ref: 'product' },
    keyResults: [
      { ref: 'growth-invites', title: 'Invite flow rebuilt', owners: ['kemi'], source: count('GROW/5') },
      {
        ref: 'growth-directory',
        title: 'Team directory launched',
        kind: 'aspirational',
        owners: ['farah'],
        source: count('GROW/6'),
        checkIns: 'stale',
      },
      {
        ref: 'growth-invites-sent',
        title: 'Invites sent per new team rise from 1.5 to 4',
        owners: ['farah'],
        source: { type: 'metric', start: 1.5, target: 4, unit: 'invites', values: [1.5, 1.6, 1.7, 1.8] },
      },
    ],
  },
  {
    ref: 'payments-checkout',
    period: 'current',
    title: 'Checkout never loses a sale',
    level: 'team',
    team: 'Payments',
    owners: ['gus'],
    parent: { ref: 'product' },
    keyResults: [
      {
        ref: 'payments-failures',
        title: 'Checkout failure rate falls from 2.4% to 0.8%',
        owners: ['gus'],
        source: { type: 'metric', start: 2.4, target: 0.8, unit: '%', values: [2.3, 2.0, 1.7, 1.5] },
      },
      {
        ref: 'payments-retries',
        title: 'Failed payments retry themselves',
        owners: ['luca'],
        source: points('PAY/3', 'PAY/7'),
      },
      {
        ref: 'payments-oneclick',
        title: 'One-click checkout for returning buyers',
        owners: ['gus'],
        source: count('PAY/4'),
      },
    ],
  },
  {
    ref: 'payments-eur',
    period: 'current',
    title: 'Bill European customers in euros',
    level: 'team',
    team: 'Payments',
    owners: ['gus'],
    parent: { ref: 'product' },
    keyResults: [
      {
        ref: 'payments-eur-billing',
        title: 'EUR billing: this quarter’s share of the long project',
        owners: ['gus'],
        source: count('PAY/5'),
        baseline: true,
      },
      { ref: 'payments-vat', title: 'VAT-compliant invoices', owners: ['luca'], source: count('PAY/6', 'PAY/8') },
      {
        ref: 'payments-project',
        title: 'Payments backlog burned down',
        kind: 'aspirational',
        weight: 0.5,
        owners: ['gus'],
        source: { type: 'jira', measure: 'count', targets: [{ kind: 'project', key: 'PAY' }] },
        checkIns: 'stale',
      },
    ],
  },
  {
    ref: 'ivy-staff',
    period: 'current',
    title: 'Ivy grows into a staff engineer',
    level: 'individual',
    team: 'Platform',
    owners: ['ivy'],
    parent: { ref: 'platform-fast', weight: 0.5 },
    keyResults: [
      {
        ref: 'ivy-mentoring',
        title: 'Two engineers join the on-call rotation',
        owners: ['ivy'],
        source: {
          type: 'milestones',
          items: [
            { title: 'First mentee shadowing', doneOn: '2026-10-20' },
            { title: 'First mentee on call' },
            { title: 'Second mentee on call' },
          ],
        },
      },
      {
        ref: 'ivy-design-docs',
        title: 'Lead three design reviews',
        owners: ['ivy'],
        source: { type: 'metric', start: 0, target: 3, unit: 'reviews', values: [0, 1, 1, 2] },
      },
    ],
  },

  // The closed previous quarter, graded.
  {
    ref: 'q3-company',
    period: 'previous',
    title: 'Customers trust us with their planning',
    level: 'company',
    owners: ['ben', 'chloe'],
    retrospective: 'Reliability work landed; the referral programme slipped into Q4.',
    keyResults: [
      {
        ref: 'q3-nps',
        title: 'NPS rises from 31 to 40',
        owners: ['chloe'],
        source: { type: 'metric', start: 31, target: 40, unit: 'points', values: [31, 32, 34, 35, 36, 37, 38] },
      },
    ],
  },
  {
    ref: 'q3-platform',
    period: 'previous',
    title: 'Know when things break, before customers do',
    level: 'team',
    team: 'Platform',
    owners: ['dan'],
    parent: { ref: 'q3-company' },
    retrospective: 'Edge cache fully rolled out; two observability stories slipped into October.',
    keyResults: [
      { ref: 'q3-edge', title: 'Edge cache everywhere', owners: ['dan'], source: count('PLAT/1') },
      {
        ref: 'q3-observability',
        title: 'Every service has dashboards and alerts',
        owners: ['ivy'],
        source: points('PLAT/2'),
      },
    ],
  },
  {
    ref: 'q3-mobile',
    period: 'previous',
    title: 'Mobile works on the train',
    level: 'team',
    team: 'Mobile',
    owners: ['erin'],
    parent: { ref: 'q3-company' },
    keyResults: [
      {
        ref: 'q3-offline',
        title: 'Offline mode for issues and boards',
        kind: 'aspirational',
        owners: ['jon'],
        source: points('MOB/1'),
      },
      { ref: 'q3-push', title: 'Push notifications that people keep on', owners: ['erin'], source: count('MOB/2') },
    ],
  },
  {
    ref: 'q3-growth',
    period: 'previous',
    title: 'Signups that stick',
    level: 'team',
    team: 'Growth',
    owners: ['farah'],
    parent: { ref: 'q3-company' },
    keyResults: [
      { ref: 'q3-signup', title: 'Rebuilt signup funnel', owners: ['kemi'], source: count('GROW/1') },
      {
        ref: 'q3-referrals',
        title: 'Referral programme live',
        kind: 'aspirational',
        owners: ['farah'],
        source: count('GROW/2'),
      },
    ],
  },
  {
    ref: 'q3-payments',
    period: 'previous',
    title: 'Pass the PCI audit with no findings',
    level: 'team',
    team: 'Payments',
    owners: ['gus'],
    parent: { ref: 'q3-company' },
    keyResults: [
      { ref: 'q3-pci', title: 'All PCI audit fixes shipped', owners: ['luca'], source: count('PAY/1', 'PAY/2') },
      {
        ref: 'q3-eur-start',
        title: 'EUR billing: ledger and currency model',
        owners: ['gus'],
        source: count('PAY/5'),
        weight: 0.5,
      },
    ],
  },
];
