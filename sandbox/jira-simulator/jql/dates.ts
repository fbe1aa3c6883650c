/**
 * JQL date values: absolute (`yyyy-MM-dd`, `yyyy/MM/dd`, optionally ` HH:mm`, in the site zone = UTC), relative
 * periods (`-7d`, `4w 2d`, `-1h 30m`; units w d h m) and the date functions. A day without a time is its midnight,
 * so `created <= "2026-01-31"` excludes most of the 31st, exactly the gotcha Jira has.
 */
import { JqlError, unsupported } from './errors';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const UNIT_MS: Record<string, number> = { m: MINUTE, h: 60 * MINUTE, d: DAY, w: 7 * DAY };

function invalidDate(value: string, field: string): JqlError {
  return new JqlError([
    `Date value '${value}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
  ]);
}

const ABSOLUTE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/;
const PERIOD = /^([+-])?\s*((?:\d+[wdhm]\s*)+)$/;

export function parseDateValue(value: string, field: string, now: Date): Date {
  const abs = ABSOLUTE.exec(value.trim());
  if (abs) {
    const [, y, mo, d, h, mi] = abs;
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0)));
    if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) throw invalidDate(value, field);
    return date;
  }
  const period = PERIOD.exec(value.trim());
  if (period) {
    const sign = period[1] === '-' ? -1 : 1;
    let ms = 0;
    for (const m of (period[2] as string).matchAll(/(\d+)([wdhm])/g))
      ms += Number(m[1]) * (UNIT_MS[m[2] as string] as number);
    return new Date(now.getTime() + sign * ms);
  }
  throw invalidDate(value, field);
}

/** Inclusive bounds in epoch ms. */
export interface DateRange {
  from: number;
  to: number;
}

/**
 * A date value as the span its precision implies, the way Jira reads the dates of history predicates
 * (JqlDateSupport.convertToDateRangeWithImpliedPrecision): `yyyy-MM-dd` is that whole day, `yyyy-MM-dd HH:mm` that
 * minute, a period the unit of its smallest part (`-1d` and `-1w` a day, `-2h` an hour, `-1h 30m` a minute). Days,
 * hours and minutes are cut in UTC, the simulated site's zone.
 */
export function parseDateRange(value: string, field: string, now: Date): DateRange {
  const t = parseDateValue(value, field, now).getTime();
  const abs = ABSOLUTE.exec(value.trim());
  const units = abs ? [] : [...value.matchAll(/\d+([wdhm])/g)].map((m) => m[1]);
  const unit = abs
    ? abs[4] === undefined
      ? DAY
      : MINUTE
    : units.includes('m')
      ? MINUTE
      : units.includes('h')
        ? 60 * MINUTE
        : DAY;
  const from = Math.floor(t / unit) * unit;
  return { from, to: from + unit - 1 };
}

type Unit = 'day' | 'week' | 'month' | 'year';

function startOf(d: Date, unit: Unit): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (unit === 'year') return new Date(Date.UTC(y, 0, 1));
  if (unit === 'month') return new Date(Date.UTC(y, m, 1));
  const day = new Date(Date.UTC(y, m, d.getUTCDate()));
  // Jira's default locale starts weeks on Sunday.
  return unit === 'week' ? new Date(day.getTime() - day.getUTCDay() * DAY) : day;
}

function shift(d: Date, amount: number, unit: string): Date {
  const r = new Date(d.getTime());
  if (unit === 'y') r.setUTCFullYear(r.getUTCFullYear() + amount);
  else if (unit === 'M') r.setUTCMonth(r.getUTCMonth() + amount);
  else r.setTime(r.getTime() + amount * (UNIT_MS[unit] as number));
  return r;
}

function addUnit(d: Date, unit: Unit, n: number): Date {
  return shift(d, unit === 'week' ? n * 7 : n, unit === 'day' || unit === 'week' ? 'd' : unit === 'month' ? 'M' : 'y');
}

const FUNCTIONS: Record<string, { unit: Unit; edge: 'start' | 'end' }> = {
  startofday: { unit: 'day', edge: 'start' },
  endofday: { unit: 'day', edge: 'end' },
  startofweek: { unit: 'week', edge: 'start' },
  endofweek: { unit: 'week', edge: 'end' },
  startofmonth: { unit: 'month', edge: 'start' },
  endofmonth: { unit: 'month', edge: 'end' },
  startofyear: { unit: 'year', edge: 'start' },
  endofyear: { unit: 'year', edge: 'end' },
};

export function isDateFunction(name: string): boolean {
  return name.toLowerCase() === 'now' || FUNCTIONS[name.toLowerCase()] !== undefined;
}

/** `now()`, `startOfDay()`, `endOfMonth("-1")`, `startOfWeek("+1w")`… The increment's unit defaults to the function's. */
export function evaluateDateFunction(name: string, args: string[], now: Date): Date {
  const lower = name.toLowerCase();
  if (lower === 'now') return now;
  const fn = FUNCTIONS[lower];
  if (!fn) throw unsupported(`the function '${name}()'`);
  let base = now;
  const inc = args[0];
  if (inc !== undefined) {
    const m = /^([+-]?\d+)([yMwdhm])?$/.exec(inc.trim());
    if (!m) throw new JqlError([`Function '${name}' has an invalid increment '${inc}'.`]);
    const amount = Number(m[1]);
    base = m[2] === undefined ? addUnit(now, fn.unit, amount) : shift(now, amount, m[2]);
  }
  const start = startOf(base, fn.unit);
  return fn.edge === 'start' ? start : new Date(addUnit(start, fn.unit, 1).getTime() - 1);
}
