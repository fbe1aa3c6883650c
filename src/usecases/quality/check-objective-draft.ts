import type { CheckQualityPayload, QualityFindingDto } from '../../contract';
import { checkDraft, DRAFT_ID, ok, type Objective, type ObjectiveDraft, type Period } from '../../domain';
import type { Services } from '../../services';
import { collectAll } from '../../store';
import { notFound, type Outcome } from '../objectives/failure';
import { loadViewContext } from '../views/view-context';
import { toFindingDto } from './finding-labels';

type Draft = NonNullable<CheckQualityPayload['objective']>;

/** Past this many objectives a team's count is a warning anyway; reading more changes nothing the form shows. */
const TEAM_OBJECTIVES_READ = 100;

/**
 * An objective draft against its team's objectives of the period (3–5 per team) and its parent (period mismatch).
 * An edit names the stored objective: the draft's fields win, the stored ones fill what the form did not send.
 */
export async function checkObjectiveDraft(
  services: Pick<Services, 'repos' | 'clock'>,
  draft: Draft,
): Promise<Outcome<QualityFindingDto[]>> {
  const { repos } = services;
  const stored = draft.id === undefined ? undefined : await repos.objectives.get(draft.id);
  if (draft.id !== undefined && !stored) return notFound('Objective', draft.id);

  const checked: ObjectiveDraft = {
    ...(draft.id === undefined ? {} : { id: draft.id }),
    title: draft.title,
    periodId: draft.periodId,
    level: draft.level ?? stored?.level ?? 'team',
    ownerIds: draft.ownerIds ?? stored?.ownerIds ?? [],
    ...optional('team', draft.team ?? stored?.team),
    ...optional('parent', draft.parent ?? stored?.parent),
    ...optional('state', stored?.state),
  };
  const team = checked.team
    ? await collectAll(
        (page) => repos.objectives.listByTeam(checked.team ?? '', { ...page, periodId: draft.periodId }),
        {
          limit: 100,
          maxItems: TEAM_OBJECTIVES_READ,
        },
      )
    : [];
  const parent = checked.parent ? await repos.objectives.get(checked.parent.objectiveId) : undefined;
  const objectives = uniqueById([...team, ...(parent ? [parent] : [])]);

  const context = await loadViewContext(services);
  const periods = [...new Set([checked.periodId, ...(parent ? [parent.periodId] : [])])]
    .map((id) => context.periodOf(id))
    .filter((p): p is Period => p !== undefined);

  const findings = checkDraft(checked, { objectives, keyResults: [], periods });
  const titles = new Map([...objectives.map((o) => [o.id, o.title] as const), [draft.id ?? DRAFT_ID, draft.title]]);
  return ok(findings.map((f) => toFindingDto(f, { objectives: titles, keyResults: new Map() })));
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function uniqueById(objectives: Objective[]): Objective[] {
  return [...new Map(objectives.map((o) => [o.id, o])).values()];
}
