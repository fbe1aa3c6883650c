import type { CheckInDto, UserRef } from '../../contract';
import type { CheckIn } from '../../domain';
import { refOf } from '../views/user-directory';

/** Everyone a check-in names: its author and whoever edited it, for one display-name lookup. */
export const checkInPeople = (checkIns: readonly CheckIn[]): string[] =>
  checkIns.flatMap((c) => [c.authorId, ...(c.revisions ?? []).map((r) => r.editorId)]);

/** A check-in as the history shows it, with every earlier version when it was edited (oldest first). */
export function toCheckInDto(c: CheckIn, users: Map<string, UserRef>): CheckInDto {
  return {
    id: c.id,
    at: c.at,
    author: refOf(users, c.authorId),
    confidence: c.confidence,
    ...(c.value === undefined ? {} : { value: c.value }),
    note: c.note,
    ...(c.blockers === undefined ? {} : { blockers: c.blockers }),
    ...(c.editedAt === undefined ? {} : { editedAt: c.editedAt }),
    ...(c.revisions?.length
      ? {
          revisions: c.revisions.map((r) => ({
            at: r.at,
            editor: refOf(users, r.editorId),
            confidence: r.confidence,
            ...(r.value === undefined ? {} : { value: r.value }),
            note: r.note,
            ...(r.blockers === undefined ? {} : { blockers: r.blockers }),
          })),
        }
      : {}),
  };
}
