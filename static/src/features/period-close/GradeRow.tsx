import { useState } from 'react';
import type { PeriodCloseView } from '../../../../src/contract';
import { useServices } from '../../app-context';
import { ProgressBar } from '../../components/ProgressBar';
import { percent } from '../../format';
import { Field } from '../forms/Field';
import { FormErrors } from '../forms/FormErrors';
import { useSave } from '../forms/use-save';
import { GRADES, gradeText, gradeVerdict } from './grade-text';

type KeyResultRow = PeriodCloseView['objectives'][number]['keyResults'][number];

interface Props {
  kr: KeyResultRow;
  /** The objective's editors grade, while the objective is open and the period is not closed. */
  editable: boolean;
  /** The quarter unfinished KRs go to; null for an annual period. */
  carryTo: PeriodCloseView['nextPeriod'];
  /** The objective's editors carry over, also once the objective is closed (not while the period is). */
  canCarry: boolean;
  onSaved: () => void;
}

/** One KR on the worksheet: progress, suggested grade, the grade (editable with a reason), carry over. */
export function GradeRow({ kr, editable, carryTo, canCarry, onSaved }: Props) {
  const { api } = useServices();
  const grading = useSave();
  const carrying = useSave();
  const [grade, setGrade] = useState(kr.grade?.value ?? kr.suggestedGrade);
  const [reason, setReason] = useState(kr.grade?.reason ?? '');
  const differs = grade !== kr.suggestedGrade;

  async function saveGrade() {
    const saved = await grading.run(() =>
      api.gradeKeyResult({
        keyResultId: kr.id,
        version: kr.version,
        grade,
        ...(differs || reason.trim() ? { reason } : {}),
      }),
    );
    if (saved) onSaved();
  }

  async function carryOver() {
    const saved = await carrying.run(() => api.carryOverKeyResult({ keyResultId: kr.id }));
    if (saved) onSaved();
  }

  return (
    <li className="okr-card" aria-label={kr.title}>
      <div className="okr-row">
        <strong>{kr.title}</strong>
        <span className="okr-badge">{kr.kind === 'committed' ? 'Committed' : 'Aspirational'}</span>
        {kr.carriedFrom && <span className="okr-small okr-muted">Carried over from the previous quarter</span>}
      </div>
      <ProgressBar label={`Progress of ${kr.title}`} progress={kr.progress} />
      <p className="okr-small">
        {percent(kr.progress)}% done · suggested grade {gradeText(kr.suggestedGrade)}
        {kr.grade && (
          <>
            {' '}
            · graded {gradeText(kr.grade.value)} ({gradeVerdict(kr.kind, kr.grade)})
            {kr.grade.reason && <> — “{kr.grade.reason}”</>}
          </>
        )}
      </p>
      {editable && (
        <div className="okr-row">
          <Field label={`Grade for ${kr.title}`} name="grade" error={grading.error}>
            {(input) => (
              <select {...input} value={gradeText(grade)} onChange={(e) => setGrade(Number(e.target.value))}>
                {GRADES.map((g) => (
                  <option key={g} value={gradeText(g)}>
                    {gradeText(g)}
                    {g === kr.suggestedGrade ? ' (suggested)' : ''}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {differs && (
            <Field
              label="Why this grade"
              name="reason"
              error={grading.error}
              hint={`It differs from the ${gradeText(kr.suggestedGrade)} suggested by progress.`}
            >
              {(input) => <input {...input} value={reason} onChange={(e) => setReason(e.target.value)} />}
            </Field>
          )}
          <button type="button" className="okr-button" disabled={grading.saving} onClick={() => void saveGrade()}>
            Save grade
          </button>
        </div>
      )}
      <FormErrors error={grading.error} shownPaths={['grade', 'reason']} what="the grade" onReload={onSaved} />
      {kr.carriedTo ? (
        <p className="okr-small">Carried over to {carryTo?.name ?? 'the next quarter'}.</p>
      ) : (
        canCarry &&
        carryTo &&
        kr.progress < 1 && (
          <button type="button" className="okr-button" disabled={carrying.saving} onClick={() => void carryOver()}>
            Carry over to {carryTo.name}
          </button>
        )
      )}
      <FormErrors error={carrying.error} shownPaths={[]} what="the carry-over" onReload={onSaved} />
    </li>
  );
}
