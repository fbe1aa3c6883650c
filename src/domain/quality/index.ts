/** OKR quality checks (coaching findings with stable rule ids) and the committed-vs-aspirational report. */
export * from './finding';
export * from './wording';
export * from './wording-en';
export type { ObjectiveSetInput, QualityKeyResult, QualityObjective, QualityOptions, UnalignedEpics } from './input';
export * from './check-objective-set';
export * from './check-draft';
export * from './committed-vs-aspirational';
