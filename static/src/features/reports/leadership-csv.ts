import { unparse } from 'papaparse';
import type { LeadershipReportView } from '../../../../src/contract';
import { LEVEL_LABEL, STATUS_LABEL, names, paceText, percent } from '../../format';
import { HIGHLIGHT_LABEL, STATE_LABEL, aspirationalText, committedText, gradeText } from './report-text';

const HEADER = [
  'Period',
  'Section',
  'Level',
  'Team',
  'Objective',
  'Key result',
  'Kind',
  'Owners',
  'Progress %',
  'Status',
  'State',
  'Grade',
  'Detail',
];

/**
 * The leadership report as one table: a row per objective, the two kind figures (never blended), a row per KR at
 * risk (worst first), and a row per highlight; the Section column says which is which.
 */
export function leadershipCsv(view: LeadershipReportView): string {
  const period = view.period.name;
  const rows: (string | number)[][] = [];
  for (const group of view.groups) {
    for (const o of group.objectives) {
      rows.push([
        period,
        'Objective',
        LEVEL_LABEL[group.level],
        group.team ?? '',
        o.title,
        '',
        '',
        '',
        percent(o.progress),
        STATUS_LABEL[o.status],
        STATE_LABEL[o.state],
        gradeText(o.grade),
        '',
      ]);
    }
  }
  rows.push([period, 'Committed delivery', '', '', '', '', 'committed', '', '', '', '', '', committedText(view.kinds)]);
  rows.push([
    period,
    'Aspirational reach',
    '',
    '',
    '',
    '',
    'aspirational',
    '',
    '',
    '',
    '',
    '',
    aspirationalText(view.kinds),
  ]);
  for (const kr of view.atRisk) {
    const detail = kr.stale ? `stale: ${kr.staleReason ?? 'the number may be out of date'}` : paceText(kr.pace);
    rows.push([
      period,
      'At risk',
      '',
      '',
      kr.objectiveTitle,
      kr.title,
      kr.kind,
      names(kr.owners),
      percent(kr.progress),
      STATUS_LABEL[kr.status],
      '',
      kr.grade ? gradeText(kr.grade.value) : '',
      detail,
    ]);
  }
  for (const h of view.highlights) {
    rows.push([
      period,
      'Highlight',
      '',
      '',
      h.objectiveTitle,
      h.title,
      h.kind,
      names(h.owners),
      '',
      HIGHLIGHT_LABEL[h.what],
      '',
      '',
      `on ${h.on}`,
    ]);
  }
  // escapeFormulae: a title starting with = + - @ must not run as a formula when the file is opened in a spreadsheet.
  return unparse({ fields: HEADER, data: rows }, { escapeFormulae: true });
}
