/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import type { KrSourceDto } from '../../src/contract';
import { ApiError } from '../../static/src/errors';
import { milestonesToText, SourceFields, textToMilestones } from '../../static/src/features/forms/SourceFields';

function Harness({
  initial,
  error,
  onSource,
}: {
  initial: KrSourceDto;
  error: ApiError | null;
  onSource: (s: KrSourceDto) => void;
}) {
  const [source, setSource] = useState(initial);
  return (
    <SourceFields
      source={source}
      error={error}
      onChange={(next) => {
        setSource(next);
        onSource(next);
      }}
    />
  );
}

describe('milestone sources with Jira versions', () => {
  it('a line ending in @version:ID becomes a version-backed milestone; the checklist reads back the same', () => {
    const items = textToMilestones('[x] Runbook\nShip 2.0 @version:10201', []);
    expect(items).toEqual([
      { id: 'new-0', title: 'Runbook', done: true },
      { id: 'new-1', title: 'Ship 2.0', done: false, versionId: '10201' },
    ]);
    expect(milestonesToText(items)).toBe('[x] Runbook\nShip 2.0 @version:10201');
  });

  it('typing a version into the field sends it, and a VALIDATION on its versionId shows under the field', () => {
    const seen: KrSourceDto[] = [];
    const error = new ApiError('VALIDATION', 'The key result is not valid', [
      { path: 'source.items.0.versionId', message: 'must be a numeric Jira id, not a key' },
    ]);
    render(
      <Harness
        initial={{ type: 'milestones', items: [{ id: 'm1', title: 'Ship', done: false }] }}
        error={error}
        onSource={(s) => seen.push(s)}
      />,
    );
    const field = screen.getByLabelText('Milestones');
    fireEvent.change(field, { target: { value: 'Ship @version:REL-2' } });
    expect(seen.at(-1)).toEqual({
      type: 'milestones',
      items: [{ id: 'm1', title: 'Ship', done: false, versionId: 'REL-2' }],
    });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('must be a numeric Jira id, not a key')).toBeTruthy();
  });
});
