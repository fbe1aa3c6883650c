import type { QualityFindingDto } from '../../../../src/contract';
import { SEVERITY_LABEL } from './severity';

interface Props {
  findings: QualityFindingDto[];
}

/**
 * Writing tips under a form: each finding's one-line reason and its suggested fix, "Warning" or "Tip" in words (not
 * only colour). Always mounted, so screen readers announce tips as they appear; they never block saving.
 */
export function QualityHints({ findings }: Props) {
  return (
    <div className="okr-quality-hints" role="status" aria-label="Writing tips">
      {findings.length > 0 && (
        <>
          <strong>Writing tips</strong> <span className="okr-muted okr-small">(advice only: you can save anyway)</span>
          <ul>
            {findings.map((f) => (
              <li
                key={`${f.ruleId}:${f.subject.kind}:${f.subject.id}`}
                className={`okr-finding okr-finding-${f.severity}`}
                data-rule={f.ruleId}
              >
                <span className="okr-finding-severity">{SEVERITY_LABEL[f.severity]}:</span> {f.reason}{' '}
                <span className="okr-finding-fix">Suggested fix: {f.suggestion}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
