import { useState } from 'react';
import type { PeriodCloseView } from '../../../../src/contract';
import { useServices } from '../../app-context';
import { ProgressBar } from '../../components/ProgressBar';
import { names, percent } from '../../format';
import { Field } from '../forms/Field';
import { FormErrors } from '../forms/FormErrors';
import { useSave } from '../forms/use-save';
import { GradeRow } from './GradeRow';
import { gradeText } from './grade-text';

type ObjectiveRow = PeriodCloseView['objectives'][number];

interface Props {
  objective: ObjectiveRow;
  nextPeriod: PeriodCloseView['nextPeriod'];
  periodClosed: boolean;
  onSaved: () => void;
}

const STATE_TEXT: Record<ObjectiveRow['state'], string> = {
  draft: 'Draft',
  active: 'Active',
  closed: 'Closed',
  abandoned: 'Abandoned',
};

/** One objective on the worksheet: its KRs to grade, then the retrospective and Close objective / Abandon. */
export function ObjectiveClose({ objective, nextPeriod, periodClosed, onSaved }: Props) {
  const { api } = useServices();
  const save = useSave();
  const [retrospective, setRetrospective] = useState(objective.retrospective ?? '');
  const open = objective.state === 'active' || objective.state === 'draft';
  const editable = objective.canEdit && open;

  async function close() {
    const text = retrospective.trim();
    const saved = await save.run(() =>
      api.closeObjective({
        objectiveId: objective.id,
        version: objective.version,
        ...(text ? { retrospective: text } : {}),
      }),
    );
    if (saved) onSaved();
  }

  async function abandon() {
    const saved = await save.run(() => api.abandonObjective({ objectiveId: objective.id, version: objective.version }));
    if (saved) onSaved();
  }

  const headingId = `okr-close-${objective.id}`;
  return (
    <section className="okr-card okr-stack" aria-labelledby={headingId}>
      <h4 id={headingId}>{objective.title}</h4>
      <p className="okr-small">
        {STATE_TEXT[objective.state]}
        {objective.grade !== undefined && <>, graded {gradeText(objective.grade)}</>}
        {objective.team && <> · {objective.team}</>} · owners: {names(objective.owners)}
      </p>
      <ProgressBar label={`Progress of ${objective.title}`} progress={objective.progress} />
      <p className="okr-small">
        {percent(objective.progress)}% done · suggested grade {gradeText(objective.suggestedGrade)} (from the KRs’
        grades where set, else their progress)
      </p>
      <ul className="okr-stack" aria-label={`Key results of ${objective.title}`}>
        {objective.keyResults.map((kr) => (
          <GradeRow
            key={`${kr.id}:${kr.version}`}
            kr={kr}
            editable={editable}
            carryTo={nextPeriod}
            canCarry={objective.canEdit && objective.state !== 'abandoned'}
            onSaved={onSaved}
          />
        ))}
      </ul>
      {editable ? (
        <>
          <Field label={`Retrospective: what we learned (${objective.title})`} name="retrospective" error={save.error}>
            {(input) => (
              <textarea {...input} rows={3} value={retrospective} onChange={(e) => setRetrospective(e.target.value)} />
            )}
          </Field>
          <div className="okr-row">
            {objective.state === 'active' && (
              <button type="button" className="okr-button" disabled={save.saving} onClick={() => void close()}>
                Close objective
              </button>
            )}
            <button type="button" className="okr-button" disabled={save.saving} onClick={() => void abandon()}>
              Abandon
            </button>
          </div>
          <FormErrors
            error={save.error}
            shownPaths={['retrospective']}
            what="the objective"
            onReload={onSaved}
            conflictSubject="this objective"
          />
        </>
      ) : (
        objective.retrospective && (
          <p>
            <strong>Retrospective:</strong> {objective.retrospective}
          </p>
        )
      )}
      {!objective.canEdit && open && !periodClosed && (
        <p className="okr-small okr-muted">Only the objective’s owners and Jira administrators grade and close it.</p>
      )}
    </section>
  );
}
