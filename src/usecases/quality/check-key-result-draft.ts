import type { CheckQualityPayload, QualityFindingDto } from '../../contract';
import { checkDraft, DRAFT_ID, ok, type KeyResultDraft } from '../../domain';
import type { Services } from '../../services';
import { collectAll } from '../../store';
import { notFound, type Outcome } from '../objectives/failure';
import { toFindingDto } from './finding-labels';

type Draft = NonNullable<CheckQualityPayload['keyResult']>;

/**
 * A KR draft beside its objective's other KRs (at most 5, 3 recommended; an output-only KR is fine when a sibling
 * is an outcome metric). An edit names the stored KR: the draft's fields win, the stored ones fill the rest.
 */
export async function checkKeyResultDraft(
  services: Pick<Services, 'repos'>,
  draft: Draft,
): Promise<Outcome<QualityFindingDto[]>> {
  const { repos } = services;
  const objective = await repos.objectives.get(draft.objectiveId);
  if (!objective) return notFound('Objective', draft.objectiveId);
  const siblings = await collectAll((page) => repos.keyResults.listByObjective(objective.id, page), { limit: 100 });
  const stored = draft.id === undefined ? undefined : await repos.keyResults.get(draft.id);
  if (draft.id !== undefined && !stored) return notFound('Key result', draft.id);

  const source = draft.source ?? stored?.source;
  const checked: KeyResultDraft = {
    ...(draft.id === undefined ? {} : { id: draft.id }),
    objectiveId: objective.id,
    title: draft.title,
    ownerIds: draft.ownerIds ?? stored?.ownerIds ?? [],
    ...(source === undefined ? {} : { source }),
  };
  const findings = checkDraft(checked, { objectives: [objective], keyResults: siblings });
  const labels = {
    objectives: new Map([[objective.id, objective.title]]),
    keyResults: new Map([...siblings.map((kr) => [kr.id, kr.title] as const), [draft.id ?? DRAFT_ID, draft.title]]),
  };
  return ok(findings.map((f) => toFindingDto(f, labels)));
}
