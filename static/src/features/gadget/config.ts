import type { GadgetConfig, ObjectiveLevel } from '../../../../src/contract';

const VIEWS: GadgetConfig['view'][] = ['summary', 'kr-list', 'burnup'];
const LEVELS: ObjectiveLevel[] = ['company', 'department', 'team', 'individual'];

/** The gadget's saved configuration as Jira hands it back (untyped); null until someone configures the gadget. */
export function readGadgetConfig(raw: Record<string, unknown> | undefined): GadgetConfig | null {
  if (!raw || !VIEWS.includes(raw.view as GadgetConfig['view'])) return null;
  const text = (key: string) => (typeof raw[key] === 'string' && raw[key] ? (raw[key] as string) : undefined);
  const level = text('level') as ObjectiveLevel | undefined;
  return {
    view: raw.view as GadgetConfig['view'],
    periodId: text('periodId'),
    level: level && LEVELS.includes(level) ? level : undefined,
    team: text('team'),
    objectiveId: text('objectiveId'),
  };
}
