import { z } from 'zod';
import { AccountId, EntityId, IsoDateTime } from './primitives';
import { Target } from './target';

/** A target linked to a KR, recorded with who linked it so the portfolio can show provenance. */
export const Link = z.object({
  id: EntityId,
  keyResultId: EntityId,
  target: Target,
  createdBy: AccountId,
  createdAt: IsoDateTime,
});
export type Link = z.infer<typeof Link>;
