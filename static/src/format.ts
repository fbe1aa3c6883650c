import type { Confidence, KrStatus, ObjectiveLevel, TargetDto, UserRef } from '../../src/contract';

export const STATUS_LABEL: Record<KrStatus, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  done: 'Done',
};

export const LEVEL_LABEL: Record<ObjectiveLevel, string> = {
  company: 'Company',
  department: 'Department',
  team: 'Team',
  individual: 'Individual',
};

export const VIA_LABEL: Record<TargetDto['kind'], string> = {
  epic: 'its epic',
  project: 'its project',
  version: 'its fix version',
  jql: 'a JQL scope',
};

/** Progress in [0, 1] as a whole percent; anything non-finite shows as 0 rather than NaN. */
export function percent(value: number): number {
  return Number.isFinite(value) ? Math.round(Math.min(Math.max(value, 0), 1) * 100) : 0;
}

/** Pace in percentage points, spelled out so it is not read as story points: "12 percentage points behind". */
export function paceText(pace: number): string {
  const points = Number.isFinite(pace) ? Math.round(pace * 100) : 0;
  if (points === 0) return 'on pace';
  return points > 0 ? `${points} percentage points ahead` : `${-points} percentage points behind`;
}

/** Confidence as people gave it: a word (Low, Medium, High) or a score out of 10 (the check-in form's scale). */
export function confidenceText(confidence: Confidence): string {
  if (typeof confidence === 'number') return `${confidence} / 10`;
  return `${confidence.charAt(0).toUpperCase()}${confidence.slice(1)}`;
}

export function names(users: UserRef[]): string {
  return users.length ? users.map((u) => u.displayName).join(', ') : 'no owner';
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
