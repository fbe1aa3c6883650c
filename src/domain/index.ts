/** The pure OKR domain: model schemas and the rollup engine. Nothing here touches Forge, Jira or storage. */
export * from './result';
export * from './errors';

export * from './model/primitives';
export * from './model/calendar-day';
export * from './model/calendar-day-in-zone';
export * from './model/settings';
export * from './model/period';
export * from './model/fiscal-periods';
export * from './model/target';
export * from './model/key-result-source';
export * from './model/key-result';
export * from './model/objective';
export * from './model/objective-lifecycle';
export * from './model/link';
export * from './model/check-in';
export * from './model/progress-evidence';
export * from './model/kr-progress';
export * from './model/progress-snapshot';

export * from './rollup/issue-fact';
export * from './rollup/progress-result';
export * from './rollup/jira-scope';
export * from './rollup/jira-progress-from-issues';
export * from './rollup/jira-progress-from-counts';
export * from './rollup/period-baseline-progress';
export * from './rollup/metric-progress';
export * from './rollup/milestones-progress';
export * from './rollup/key-result-progress';
export * from './rollup/weighted-mean';
export * from './rollup/objective-progress';
export * from './rollup/alignment-cycle';
export * from './rollup/expected-progress';
export * from './rollup/pace';
export * from './rollup/grade';
export * from './rollup/stored-progress';

export * from './forecast';
export * from './history';
export * from './quality';
export * from './highlights';
