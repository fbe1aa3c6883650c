/**
 * When the demo's owners checked in (every other Monday, the default cadence), what they said, and how
 * confident they were, derived from how their key result was doing that day. Owners of `stale` key results
 * stopped a month before the demo day; `none` never started.
 */
import { addDays, type CalendarDay, type Confidence, type Period } from '../../src/domain';
import { DEMO_DAY, at } from './calendar';
import type { KrPlan } from './okr-plan';

const CADENCE_DAYS = 14;

export function checkInTimes(kr: KrPlan, period: Period): Date[] {
  if (kr.checkIns === 'none') return [];
  const days: CalendarDay[] = [];
  let day = firstMondayAfter(addDays(period.start, 3));
  const last = period.end < DEMO_DAY ? period.end : addDays(DEMO_DAY, -1);
  while (day <= last) {
    days.push(day);
    day = addDays(day, CADENCE_DAYS);
  }
  const kept = kr.checkIns === 'stale' ? days.slice(0, Math.min(2, days.length)) : days;
  // Owners check in some time on Monday or Tuesday morning.
  return kept.map((d, i) => at(i % 2 === 0 ? d : addDays(d, 1), 9 + ((kr.ref.length + i) % 5)));
}

export function confidenceFor(status: string, numeric: boolean): Confidence {
  const word = status === 'on-track' || status === 'done' ? 'high' : status === 'at-risk' ? 'medium' : 'low';
  if (!numeric) return word;
  return status === 'done' ? 10 : word === 'high' ? 8 : word === 'medium' ? 5 : 3;
}

export function noteFor(status: string, evidence: string): { note: string; blockers?: string } {
  switch (status) {
    case 'done':
      return { note: `Done: ${evidence}.` };
    case 'on-track':
      return { note: `${capitalise(evidence)}. On plan.` };
    case 'at-risk':
      return {
        note: `${capitalise(evidence)}. Behind plan; we cut scope where we can.`,
        blockers: 'Review capacity: two people out this sprint.',
      };
    default:
      return {
        note: `${capitalise(evidence)}. Well behind; we need a decision on scope.`,
        blockers: 'Depends on work another team has not scheduled yet.',
      };
  }
}

function firstMondayAfter(day: CalendarDay): CalendarDay {
  let d = day;
  while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 1) d = addDays(d, 1);
  return d;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
