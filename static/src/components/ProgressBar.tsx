import type { KrStatus } from '../../../src/contract';
import { percent } from '../format';

interface Props {
  label: string;
  progress: number;
  /** Where the work should be by now; drawn as a marker so "behind" is visible without colour. */
  expected?: number;
  status?: KrStatus;
}

export function ProgressBar({ label, progress, expected, status }: Props) {
  const done = percent(progress);
  const pace = expected === undefined ? undefined : percent(expected);
  const valueText = pace === undefined ? `${done}% done` : `${done}% done, ${pace}% expected by now`;
  return (
    <div
      className={`okr-progress okr-status-${status ?? 'none'}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={done}
      aria-valuetext={valueText}
    >
      <div className="okr-progress-fill" style={{ width: `${done}%` }} />
      {pace !== undefined && (
        <div className="okr-progress-expected" style={{ left: `${pace}%` }} title={`Expected by now: ${pace}%`} />
      )}
    </div>
  );
}
