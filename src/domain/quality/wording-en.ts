import type { QualityWording } from './wording';

/**
 * English. Word forms are listed, not stemmed, so matching stays predictable: "betterment" and "improvise" are
 * not vague words, "improvement" is.
 */
export const wordingEn: QualityWording = {
  vagueWords: [
    'improve',
    'improves',
    'improved',
    'improving',
    'improvement',
    'improvements',
    'better',
    'enhance',
    'enhances',
    'enhanced',
    'enhancing',
    'enhancement',
    'enhancements',
    'optimize',
    'optimizes',
    'optimized',
    'optimizing',
    'optimise',
    'optimises',
    'optimised',
    'optimising',
    'optimization',
    'optimisation',
    'increase',
    'increases',
    'increased',
    'increasing',
  ],
  taskVerbs: [
    'complete',
    'write',
    'finish',
    'deliver',
    'implement',
    'launch',
    'ship',
    'build',
    'create',
    'migrate',
    'draft',
    'document',
  ],
  messages: {
    tooManyTeamObjectives: ({ team, periodId, count, max }) => ({
      reason: `${team} has ${count} objectives in ${periodId}; more than ${max} dilutes focus.`,
      suggestion: `Keep the ${max} that matter most and move the rest to a later period or to the backlog.`,
    }),
    tooFewTeamObjectives: ({ team, periodId, count, min, max }) => ({
      reason: `${team} has only ${count} objective${count === 1 ? '' : 's'} in ${periodId}; ${min} to ${max} is the usual range.`,
      suggestion: 'Check that the team’s important outcomes for the period are all written down.',
    }),
    manyKeyResults: ({ count, recommended, max }) => ({
      reason: `This objective has ${count} key results; ${recommended} is recommended, ${max} at most.`,
      suggestion: 'Keep the key results that best show the outcome; fewer are easier to focus on.',
    }),
    tooManyKeyResults: ({ count, max }) => ({
      reason: `This objective has ${count} key results, more than ${max}.`,
      suggestion: 'Cut to the 3 key results that best show the outcome, or split the objective.',
    }),
    noMeasure: () => ({
      reason: 'This key result has no measure: neither a numeric target nor linked Jira work.',
      suggestion: 'Give it a metric with a start and a target, or link the Jira work it is measured by.',
    }),
    singleMilestone: () => ({
      reason: 'A single milestone is done or not done: progress jumps from 0 to 100%.',
      suggestion: 'Use a metric with a target, or break the milestone into steps that show progress.',
    }),
    outputOnly: () => ({
      reason: 'This key result counts delivered work (output), and its objective has no outcome metric.',
      suggestion: 'Pair it with a metric key result that shows the effect of the work on users or the business.',
    }),
    vagueWording: ({ word }) => ({
      reason: `"${word}" without a number does not say how much is enough.`,
      suggestion: 'State the measure and the target, e.g. "from 8% to 12%".',
    }),
    taskWording: ({ verb }) => ({
      reason: `Opening with "${verb}" and no measure reads as a task, not an outcome.`,
      suggestion: 'Describe the result the task should bring, with a number, and track the task in Jira.',
    }),
    missingOwner: ({ subject }) => ({
      reason: `This ${subject === 'objective' ? 'objective' : 'key result'} has no owner.`,
      suggestion: 'Name at least one owner who checks in and answers for it.',
    }),
    unlinkedWork: () => ({
      reason: 'This key result is measured from Jira but no work is linked to it (unresourced).',
      suggestion: 'Link the epics, projects, versions or JQL scope that deliver it.',
    }),
    orphanObjective: () => ({
      reason: 'This objective is not aligned to any parent objective.',
      suggestion: 'Align it to the department or company objective it contributes to.',
    }),
    periodMismatch: ({ periodId, parentPeriodId }) => ({
      reason: `This objective is in ${periodId} but its parent is in ${parentPeriodId}.`,
      suggestion: 'Align it to a parent of the same period, or to one whose period contains this one.',
    }),
    alignmentCoverage: ({ projectId, unaligned, coveragePercent }) => ({
      reason:
        `Project ${projectId}: ${unaligned} in-progress ${unaligned === 1 ? 'epic feeds' : 'epics feed'} no key result` +
        (coveragePercent === undefined ? '.' : ` (${coveragePercent}% aligned).`),
      suggestion: 'Link these epics to the key results they serve, or question why the work is being done.',
    }),
  },
};
