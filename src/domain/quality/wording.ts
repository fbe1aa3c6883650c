/** A coaching text: why the finding was raised, and what to do about it. */
export interface Message {
  reason: string;
  suggestion: string;
}

/**
 * Everything language-specific about the quality checks: the words the wording rules look for, and every text
 * a finding shows. Add a language by implementing this interface; the rules never hold a word of their own.
 */
export interface QualityWording {
  /** Lower-case words that promise change without saying how much ("improve"). Matched as whole words. */
  vagueWords: readonly string[];
  /** Lower-case verbs that make a title a task when it opens with them ("write"). */
  taskVerbs: readonly string[];
  messages: {
    tooManyTeamObjectives(p: { team: string; periodId: string; count: number; max: number }): Message;
    tooFewTeamObjectives(p: { team: string; periodId: string; count: number; min: number; max: number }): Message;
    manyKeyResults(p: { count: number; recommended: number; max: number }): Message;
    tooManyKeyResults(p: { count: number; max: number }): Message;
    noMeasure(): Message;
    singleMilestone(): Message;
    outputOnly(): Message;
    vagueWording(p: { word: string }): Message;
    taskWording(p: { verb: string }): Message;
    missingOwner(p: { subject: 'objective' | 'key-result' }): Message;
    unlinkedWork(): Message;
    orphanObjective(): Message;
    periodMismatch(p: { periodId: string; parentPeriodId: string }): Message;
    alignmentCoverage(p: { projectId: string; unaligned: number; coveragePercent?: number }): Message;
  };
}
