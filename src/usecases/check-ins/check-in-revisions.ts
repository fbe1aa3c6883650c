import type { CheckIn, CheckInRevision } from '../../domain';

/** What an edit writes: a check-in's content, the part people say. */
export type CheckInContent = Pick<CheckIn, 'confidence' | 'note' | 'value' | 'blockers'>;

/** A check-in's content as it was before `editorId` replaced it at `at`. */
export function revisionOf(checkIn: CheckIn, editorId: string, at: string): CheckInRevision {
  return {
    at,
    editorId,
    confidence: checkIn.confidence,
    note: checkIn.note,
    ...(checkIn.value === undefined ? {} : { value: checkIn.value }),
    ...(checkIn.blockers === undefined ? {} : { blockers: checkIn.blockers }),
  };
}

/** `basis` with new content; what it said moves to the end of its revisions, so nothing said is lost. */
export function editedOver(basis: CheckIn, content: CheckInContent, editorId: string, at: string): CheckIn {
  return {
    id: basis.id,
    keyResultId: basis.keyResultId,
    authorId: basis.authorId,
    at: basis.at,
    confidence: content.confidence,
    note: content.note,
    ...(content.value === undefined ? {} : { value: content.value }),
    ...(content.blockers ? { blockers: content.blockers } : {}),
    editedAt: at,
    revisions: [...(basis.revisions ?? []), revisionOf(basis, editorId, at)],
  };
}

/**
 * Whether two reads are the same version of a check-in: every edit adds a revision naming its editor and time, so the
 * count, the last edit's time and its editor tell versions apart.
 */
export function sameVersion(a: CheckIn, b: CheckIn): boolean {
  const last = (c: CheckIn) => c.revisions?.at(-1);
  return (
    (a.revisions?.length ?? 0) === (b.revisions?.length ?? 0) &&
    a.editedAt === b.editedAt &&
    last(a)?.editorId === last(b)?.editorId
  );
}
