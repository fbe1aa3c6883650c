import { z } from 'zod';
import { AccountId, OwnerIds, Target } from '../../domain';

/** Ids this app hands out (UUIDs); the pattern also keeps them valid as storage keys. */
export const RecordId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'must be an id this app gave out');

/** The version an editor loaded; 1 is the first stored version. */
export const Version = z.number().int().min(1, 'must be the version you loaded (1 or more)');

/** Atlassian account ids: `5b10ac8d82e05b22cc7d4ef5`, `557058:f58131cb-…`. */
export const AccountIdParam = AccountId.regex(/^[A-Za-z0-9][A-Za-z0-9:_-]*$/, 'must be an Atlassian account id');

/** A team of owners, not a crowd: past this, ownership means nothing. */
export const MAX_OWNERS = 20;
export const Owners = OwnerIds.max(MAX_OWNERS, `lists more than ${MAX_OWNERS} owners`);
export const ownersSchema = z.array(AccountIdParam).pipe(Owners);

export const PeriodIdParam = z
  .string()
  .regex(/^(FY)?\d{4}(-Q[1-4])?$/, 'must be a period id such as 2026-Q4, 2026, FY2027-Q1 or FY2027');

export const MAX_TARGETS = 50;
export const TargetParam = Target;
export const Targets = z.array(Target).max(MAX_TARGETS, `lists more than ${MAX_TARGETS} targets`);

/** Jira numeric ids in payloads (issues, projects). */
export const JiraIdParam = z.string().regex(/^\d{1,18}$/, 'must be a numeric Jira id, not a key');
