/** The report as a terminal table, CSV (numbers as fractions, for spreadsheets), Markdown or JSON. */
import type { KeyResultReport, ObjectiveReport, Report } from './report';

export const FORMATS = ['table', 'csv', 'markdown', 'json'] as const;
export type Format = (typeof FORMATS)[number];

interface Row {
  type: 'objective' | 'key-result';
  objective: string;
  id: string;
  title: string;
  progress: number | null;
  expected: number;
  pace: number | null;
  status: string;
  evidence: string;
}

export function formatReport(report: Report, format: Format): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'csv':
      return csv(rows(report));
    case 'markdown':
      return markdown(report);
    case 'table':
      return table(report);
  }
}

function rows(report: Report): Row[] {
  return report.objectives.flatMap((o) => [objectiveRow(o), ...o.keyResults.map(krRow)]);
}

function objectiveRow(o: ObjectiveReport): Row {
  const evidence = `${o.keyResults.length} key result${o.keyResults.length === 1 ? '' : 's'}, period ${o.period}`;
  return {
    type: 'objective',
    objective: o.id,
    id: o.id,
    title: o.title,
    progress: o.progress,
    expected: o.expected,
    pace: o.pace,
    status: o.status,
    evidence,
  };
}

/** Flags that only restate the evidence (approximate counts carry no in-progress count): JSON keeps them. */
const UNSHOWN_FLAGS = new Set(['no-status-breakdown']);

function krRow(kr: KeyResultReport): Row {
  const flags = kr.flags.filter((f) => !UNSHOWN_FLAGS.has(f));
  const evidence = flags.length > 0 ? `${kr.evidence} [${flags.join(', ')}]` : kr.evidence;
  return {
    type: 'key-result',
    objective: kr.objectiveId,
    id: kr.id,
    title: kr.title,
    progress: kr.progress,
    expected: kr.expected,
    pace: kr.pace,
    status: kr.status,
    evidence,
  };
}

export const percent = (value: number | null): string => (value === null ? '–' : `${Math.round(value * 100)}%`);

/** Percentage points, signed: `+5 pp`, `-12 pp`. */
export const points = (value: number | null): string => {
  if (value === null) return '–';
  const pp = Math.round(value * 100);
  return `${pp > 0 ? '+' : ''}${pp} pp`;
};

const fraction = (value: number | null): string => (value === null ? '' : String(Math.round(value * 10_000) / 10_000));

function csv(all: Row[]): string {
  const header = ['type', 'objective', 'id', 'title', 'progress', 'expected', 'pace', 'status', 'evidence'];
  const lines = all.map((r) =>
    [
      r.type,
      r.objective,
      r.id,
      r.title,
      fraction(r.progress),
      fraction(r.expected),
      fraction(r.pace),
      r.status,
      r.evidence,
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  // A leading = + - @ makes spreadsheets evaluate the cell; a quote keeps it text.
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function markdown(report: Report): string {
  const cell = (s: string) => s.replaceAll('|', '\\|').replace(/\r?\n/g, ' ');
  const out = [`# OKR report, ${report.asOf}`, ''];
  for (const o of report.objectives) {
    out.push(`## ${cell(o.title)} — ${percent(o.progress)} (${o.status})`, '');
    out.push(`Period ${o.period}, expected ${percent(o.expected)}, pace ${points(o.pace)}.`, '');
    out.push(
      '| Key result | Progress | Expected | Pace | Status | Evidence |',
      '| --- | ---: | ---: | ---: | --- | --- |',
    );
    for (const kr of o.keyResults) {
      const r = krRow(kr);
      out.push(
        `| ${cell(r.title)} | ${percent(r.progress)} | ${percent(r.expected)} | ${points(r.pace)} | ${r.status} | ${cell(r.evidence)} |`,
      );
    }
    out.push('');
  }
  return `${out.join('\n')}`;
}

function table(report: Report): string {
  const header = ['', 'PROGRESS', 'EXPECTED', 'PACE', 'STATUS', 'EVIDENCE'];
  const body = rows(report).map((r) => [
    r.type === 'objective' ? r.title : `  ${r.title}`,
    percent(r.progress),
    percent(r.expected),
    points(r.pace),
    r.status,
    r.evidence,
  ]);
  const all = [header, ...body];
  const widths = header.map((_, c) => Math.max(...all.map((row) => (row[c] ?? '').length)));
  const right = new Set([1, 2, 3]);
  const line = (row: string[]) =>
    row
      .map((v, c) => (c === row.length - 1 ? v : right.has(c) ? v.padStart(widths[c] ?? 0) : v.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[`OKR report, ${report.asOf}`, '', ...all.map(line)].join('\n')}\n`;
}
