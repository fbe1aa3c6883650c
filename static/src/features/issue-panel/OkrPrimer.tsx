interface Props {
  issueKey: string;
  isEpic: boolean;
  canLink: boolean;
}

/** The empty state teaches: what OKRs are here, and how this work comes to count toward one. */
export function OkrPrimer({ issueKey, isEpic, canLink }: Props) {
  return (
    <div className="okr-empty" role="status">
      <p>
        <strong>{issueKey} doesn't feed any key result yet.</strong>
      </p>
      <p className="okr-small">
        Objectives say what your organisation wants to achieve this period; each has a few measurable key results
        (KRs). OKR Rollup counts finished Jira work toward a KR when the work's epic, project, fix version or a JQL
        scope is linked to it, so progress here updates as issues are done.
      </p>
      <p className="okr-small">
        {isEpic && canLink
          ? 'Link this epic to a key result below; its child issues will count toward it.'
          : isEpic
            ? 'Ask the key result owner or your PMO to link this epic to a key result.'
            : "To link this work, open its epic and use \"Link to a key result\", or ask your PMO to link the issue's project or version."}
      </p>
    </div>
  );
}
