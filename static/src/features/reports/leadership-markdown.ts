import type { LeadershipReportView } from '../../../../src/contract';
import { LEVEL_LABEL, STATUS_LABEL, names, percent } from '../../format';
import {
  HIGHLIGHT_LABEL,
  STATE_LABEL,
  aspirationalText,
  committedText,
  generatedText,
  gradeText,
  groupTitle,
} from './report-text';

/**
 * Text as Markdown reads it literally: characters that would start emphasis, links, HTML or code are escaped, a `|`
 * cannot split a table cell, and a line break cannot end one.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`)
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim();
}

const row = (cells: (string | number)[]): string => `| ${cells.join(' | ')} |`;

/** The leadership report as a Markdown document, to paste into a wiki page or a mail. */
export function leadershipMarkdown(view: LeadershipReportView): string {
  const { period } = view;
  const lines: string[] = [
    `# Leadership report: ${markdownText(period.name)}`,
    '',
    `${period.start} to ${period.end} · generated ${generatedText(view.generatedAt)}`,
    '',
    '## Committed delivery and aspirational reach',
    '',
    `- **Committed delivery:** ${committedText(view.kinds)}`,
    `- **Aspirational reach:** ${aspirationalText(view.kinds)}`,
    '',
    '## Objectives',
    '',
  ];
  if (view.groups.length === 0) lines.push('No objectives in this period.', '');
  for (const group of view.groups) {
    lines.push(`### ${markdownText(groupTitle(group, LEVEL_LABEL[group.level]))}`, '');
    lines.push(row(['Objective', 'Progress', 'Status', 'State', 'Grade']), row(['---', '---:', '---', '---', '---:']));
    for (const o of group.objectives) {
      lines.push(
        row([
          markdownText(o.title),
          `${percent(o.progress)}%`,
          STATUS_LABEL[o.status],
          STATE_LABEL[o.state],
          gradeText(o.grade),
        ]),
      );
    }
    lines.push('');
  }
  lines.push(`## At risk (${view.atRisk.length})`, '');
  if (view.atRisk.length === 0) lines.push('Nothing at risk.', '');
  else {
    lines.push(
      row(['Key result', 'Objective', 'Kind', 'Owners', 'Progress', 'Expected', 'Status', 'Stale']),
      row(['---', '---', '---', '---', '---:', '---:', '---', '---']),
    );
    for (const kr of view.atRisk) {
      lines.push(
        row([
          markdownText(kr.title),
          markdownText(kr.objectiveTitle),
          kr.kind,
          markdownText(names(kr.owners)),
          `${percent(kr.progress)}%`,
          `${percent(kr.expected)}%`,
          STATUS_LABEL[kr.status],
          kr.stale ? 'yes' : 'no',
        ]),
      );
    }
    lines.push('');
  }
  lines.push(`## Highlights this week (${view.highlights.length})`, '');
  if (view.highlights.length === 0) lines.push('No highlights this week.', '');
  for (const h of view.highlights) {
    lines.push(
      `- **${HIGHLIGHT_LABEL[h.what]}** on ${h.on}: ${markdownText(h.title)} (${markdownText(h.objectiveTitle)}), ${markdownText(names(h.owners))}`,
    );
  }
  if (view.highlights.length > 0) lines.push('');
  return lines.join('\n');
}
