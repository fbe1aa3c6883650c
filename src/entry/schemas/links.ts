import { z } from 'zod';
import { RecordId, TargetParam } from './common';

export const PreviewTargetPayload = z.object({ target: TargetParam });

export const LinkTargetPayload = z.object({ keyResultId: RecordId, target: TargetParam });

export const UnlinkTargetPayload = LinkTargetPayload;
