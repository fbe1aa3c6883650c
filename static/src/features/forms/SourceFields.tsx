import type { KrSourceDto, MilestoneItemDto, TargetDto } from '../../../../src/contract';
import type { ApiError } from '../../errors';
import { Field } from './Field';

interface Props {
  source: KrSourceDto;
  onChange: (source: KrSourceDto) => void;
  error: ApiError | null;
}

export const EMPTY_SOURCES: Record<KrSourceDto['type'], KrSourceDto> = {
  jira: { type: 'jira', measure: 'count', targets: [], includeSubtasks: false },
  metric: { type: 'metric', start: 0, target: 100, current: 0, direction: 'increase' },
  milestones: { type: 'milestones', items: [] },
};

/** Targets are typed one per line as `epic:10001`, `project:10000`, `version:10200` or `jql:<query>`. */
export function targetsToText(targets: TargetDto[]): string {
  return targets
    .map((t) => (t.kind === 'epic' ? `epic:${t.issueId}` : t.kind === 'project' ? `project:${t.projectId}` : t.kind === 'version' ? `version:${t.versionId}` : `jql:${t.jql}`))
    .join('\n');
}

export function textToTargets(text: string): TargetDto[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line): TargetDto => {
      const [kind, ...rest] = line.split(':');
      const value = rest.join(':').trim();
      if (kind === 'epic') return { kind: 'epic', issueId: value };
      if (kind === 'project') return { kind: 'project', projectId: value };
      if (kind === 'version') return { kind: 'version', versionId: value };
      // A line with no known prefix is taken as JQL, the most general scope; the backend validates it.
      return { kind: 'jql', jql: kind === 'jql' ? value : line };
    });
}

/** The controls for a KR's source; each carries the backend path (`source.*`) its errors come back on. */
export function SourceFields({ source, onChange, error }: Props) {
  if (source.type === 'jira') {
    return (
      <>
        <Field label="Measure" name="source.measure" error={error}>
          {(p) => (
            <select {...p} value={source.measure} onChange={(e) => onChange({ ...source, measure: e.target.value as 'count' | 'points' })}>
              <option value="count">Done issues ÷ issues in scope</option>
              <option value="points">Done story points ÷ all story points</option>
            </select>
          )}
        </Field>
        <Field label="Linked work" name="source.targets" error={error} hint="One per line: epic:ID, project:ID, version:ID or jql:QUERY">
          {(p) => (
            <textarea {...p} rows={3} value={targetsToText(source.targets)} onChange={(e) => onChange({ ...source, targets: textToTargets(e.target.value) })} />
          )}
        </Field>
        <label>
          <input type="checkbox" checked={source.includeSubtasks} onChange={(e) => onChange({ ...source, includeSubtasks: e.target.checked })} /> Count
          sub-tasks too
        </label>
      </>
    );
  }
  if (source.type === 'metric') {
    const num = (key: 'start' | 'target' | 'current', label: string) => (
      <Field label={label} name={`source.${key}`} error={error}>
        {(p) => <input {...p} type="number" value={source[key]} onChange={(e) => onChange({ ...source, [key]: Number(e.target.value) })} />}
      </Field>
    );
    return (
      <>
        {num('start', 'Start value')}
        {num('target', 'Target value')}
        {num('current', 'Current value')}
        <Field label="Direction" name="source.direction" error={error}>
          {(p) => (
            <select {...p} value={source.direction} onChange={(e) => onChange({ ...source, direction: e.target.value as 'increase' | 'decrease' })}>
              <option value="increase">Increase</option>
              <option value="decrease">Decrease</option>
            </select>
          )}
        </Field>
        <Field label="Unit" name="source.unit" error={error}>
          {(p) => <input {...p} value={source.unit ?? ''} onChange={(e) => onChange({ ...source, unit: e.target.value || undefined })} />}
        </Field>
      </>
    );
  }
  return (
    <Field
      label="Milestones"
      name="source.items"
      error={error}
      hint="One per line; start a line with [x] when it is done. End a line with @version:ID (the numeric id of a Jira version) to have it done when that version is released."
    >
      {(p) => (
        <textarea
          {...p}
          rows={4}
          value={milestonesToText(source.items)}
          onChange={(e) => onChange({ ...source, items: textToMilestones(e.target.value, source.items) })}
        />
      )}
    </Field>
  );
}

/** `[x] Title @version:10200`: the checkbox, the title, and the Jira version that completes it. */
export function milestonesToText(items: MilestoneItemDto[]): string {
  return items.map((i) => `${i.done ? '[x] ' : ''}${i.title}${i.versionId === undefined ? '' : ` @version:${i.versionId}`}`).join('\n');
}

const VERSION_SUFFIX = /\s*@version:(\S*)\s*$/i;

/** Lines back to items, keeping each line's id by position; a version id is sent as typed, the backend checks it. */
export function textToMilestones(text: string, previous: MilestoneItemDto[]): MilestoneItemDto[] {
  return text.split('\n').map((line, n) => {
    const version = VERSION_SUFFIX.exec(line);
    const rest = version ? line.slice(0, version.index) : line;
    return {
      id: previous[n]?.id ?? `new-${n}`,
      title: rest.replace(/^\[x\]\s*/i, ''),
      done: /^\[x\]/i.test(rest),
      ...(version ? { versionId: version[1] ?? '' } : {}),
    };
  });
}
