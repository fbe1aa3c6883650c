import type { KeyResultDetailView } from '../../../../src/contract';
import { confidenceText } from '../../format';

interface Props {
  detail: KeyResultDetailView;
  /** Called after the history changed (an edited check-in), so the detail reloads. */
  onChanged: () => void;
}

/** A KR's check-ins, newest first. */
export function CheckInHistory({ detail }: Props) {
  const checkIns = detail.checkIns;
  if (checkIns.length === 0) return <p className="okr-muted">No check-in yet.</p>;
  return (
    <table>
      <caption>Check-in history</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">Confidence</th>
          <th scope="col">Value</th>
          <th scope="col">Note</th>
        </tr>
      </thead>
      <tbody>
        {checkIns.map((c) => (
          <tr key={c.id}>
            <td>{c.at.slice(0, 10)}</td>
            <td>{c.author.displayName}</td>
            <td>{confidenceText(c.confidence)}</td>
            <td>{c.value ?? ''}</td>
            <td>{c.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
