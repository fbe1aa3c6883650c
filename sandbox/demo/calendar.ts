/**
 * The demo's fixed calendar: the sandbox's world starts on DEMO_START, seven weeks into 2026-Q4, with 2026-Q3
 * closed and graded. Fixed, so the organisation, the screenshots and the tests are the same on every machine.
 */
import { addDays, quarterOf, type CalendarDay, type Period } from '../../src/domain';

export const DEMO_START = '2026-11-18T09:30:00.000Z';
export const DEMO_DAY: CalendarDay = DEMO_START.slice(0, 10);
export const CURRENT_QUARTER: Period = quarterOf(DEMO_DAY, 1);
export const PREVIOUS_QUARTER: Period = quarterOf(addDays(CURRENT_QUARTER.start, -1), 1);

const DAY_MS = 86_400_000;

/** An instant `hours` into a calendar day (UTC, the demo site's time zone). */
export const at = (day: CalendarDay, hours = 10): Date =>
  new Date(Date.parse(`${day}T00:00:00.000Z`) + hours * 3_600_000);

export const dayOf = (instant: Date): CalendarDay => instant.toISOString().slice(0, 10);

export const plusDays = (instant: Date, days: number): Date => new Date(instant.getTime() + days * DAY_MS);

/** A uniformly random instant in [from, to] (to before from yields from). */
export const between = (from: Date, to: Date, unit: number): Date =>
  new Date(from.getTime() + Math.max(0, to.getTime() - from.getTime()) * unit);
