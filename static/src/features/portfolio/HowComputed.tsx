import type { KeyResultDetailView } from '../../../../src/contract';
import { percent } from '../../format';

type Kr = KeyResultDetailView['keyResult'];

/** "How this number was computed": the formula with this KR's own numbers, from its stored evidence. */
export function HowComputed({ kr }: { kr: Kr }) {
  const { evidence: ev, source } = kr;
  return (
    <section aria-label="How this number was computed">
      <h3>How this number was computed</h3>
      <ul className="okr-small">
        {source.type === 'jira' && source.measure === 'count' && (
          <li>
            Done issues ÷ issues in scope = {ev.scope.done} ÷ {ev.scope.issues} = {percent(kr.progress)}% ({ev.scope.todo} to do,{' '}
            {ev.scope.inProgress} in progress). The scope is the child issues of the linked work
            {source.includeSubtasks ? ', sub-tasks included' : ', without sub-tasks'}; an issue reached twice counts once.
          </li>
        )}
        {source.type === 'jira' && source.measure === 'points' && ev.points && (
          <li>
            Done story points ÷ all story points = {ev.points.done} ÷ {ev.points.total} = {percent(kr.progress)}% over{' '}
            {ev.scope.issues} issues.
          </li>
        )}
        {ev.metric && (
          <li>
            (current − start) ÷ (target − start) = ({ev.metric.current} − {ev.metric.start}) ÷ ({ev.metric.target} −{' '}
            {ev.metric.start}){ev.metric.unit ? ` ${ev.metric.unit}` : ''}, kept between 0% and 100% = {percent(kr.progress)}%.
          </li>
        )}
        {ev.milestones && (
          <li>
            Milestones done ÷ milestones = {ev.milestones.done} ÷ {ev.milestones.total} = {percent(kr.progress)}%.
          </li>
        )}
        <li>
          Expected by now: {percent(kr.expected)}%, the share of the period that has passed
          {kr.kind === 'aspirational' ? ' × 0.7, because an aspirational KR succeeds at 70%' : ''}. Pace = progress − expected ={' '}
          {Math.round(kr.pace * 100)} points.
        </li>
        {ev.flags.map((flag) => (
          <li key={flag}>Flag: {flag.replace(/-/g, ' ')}</li>
        ))}
      </ul>
    </section>
  );
}
