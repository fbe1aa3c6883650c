import type { QualityFindingDto } from '../../../../src/contract';

/** Severity in words, so warnings and tips differ without colour. */
export const SEVERITY_LABEL: Record<QualityFindingDto['severity'], string> = {
  warning: 'Warning',
  info: 'Tip',
};
