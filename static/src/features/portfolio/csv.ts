import { unparse } from 'papaparse';
import type { PortfolioView } from '../../../../src/contract';
import { LEVEL_LABEL, STATUS_LABEL, names, percent } from '../../format';
import { walk } from './tree';

const HEADER = [
  'Period', 'Objective', 'Aligned to', 'Level', 'Team', 'Objective progress %', 'Objective status',
  'Key result', 'Kind', 'Weight', 'Owners', 'Progress %', 'Expected %', 'Status', 'Source', 'Updated', 'Stale',
];

/** The portfolio as shown (same filters, same numbers), one row per KR; an objective without KRs gets one row. */
export function portfolioCsv(view: PortfolioView): string {
  const rows: (string | number)[][] = [];
  for (const { node, parent } of walk(view.roots)) {
    const objective = [
      view.period.name, node.title, parent?.title ?? '', LEVEL_LABEL[node.level], node.team ?? '',
      percent(node.progress), STATUS_LABEL[node.status],
    ];
    if (node.keyResults.length === 0) rows.push([...objective, '', '', '', names(node.owners), '', '', '', '', '', '']);
    for (const kr of node.keyResults) {
      rows.push([
        ...objective, kr.title, kr.kind, kr.weight, names(kr.owners), percent(kr.progress), percent(kr.expected),
        STATUS_LABEL[kr.status], kr.sourceType, kr.asOf ?? '', kr.stale ? 'yes' : 'no',
      ]);
    }
  }
  // escapeFormulae: a title starting with = + - @ must not run as a formula when the file is opened in a spreadsheet.
  return unparse({ fields: HEADER, data: rows }, { escapeFormulae: true });
}

export function csvFileName(view: PortfolioView): string {
  return `okr-portfolio-${view.period.name.replace(/[^\w.-]+/g, '-')}.csv`;
}
