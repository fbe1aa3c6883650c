import type { z } from 'zod';
import type { ResolverResult } from '../../contract';
import { DomainError } from '../../domain';
import { isJiraUnavailable } from '../../jira';
import type { Services } from '../../services';
import type { Caller } from '../../usecases/objectives/caller';
import type { Outcome } from '../../usecases/objectives/failure';
import { authorize, type Access, type ResolverContext } from '../authorize';
import { fail, ok } from '../result';
import { validatePayload } from '../schemas/validate';

/** What @forge/resolver passes a resolver function. */
export interface ResolverRequest {
  payload?: unknown;
  context?: ResolverContext;
}

export type ResolverHandler = (request: ResolverRequest) => Promise<ResolverResult<unknown>>;

export interface KeySpec<S extends z.ZodType, T> {
  access: Access;
  payload: S;
  /** Above the default 64 KiB, for a key that carries a document (a backup); still checked before parsing. */
  maxPayloadBytes?: number;
  run(input: z.output<S>, caller: Caller, request: ResolverRequest): Promise<Outcome<T>>;
}

/**
 * One resolver key in three steps: authorise (who, from the Forge context), validate (zod; a rejected payload writes
 * nothing), delegate (a use case answering an Outcome). Whatever is thrown becomes a coded answer: Jira not answering
 * is JIRA_UNAVAILABLE (retryable); anything else is INTERNAL with a generic message, the cause only in the log.
 */
export function defineKey<S extends z.ZodType, T>(
  services: Services,
  key: string,
  spec: KeySpec<S, T>,
): ResolverHandler {
  return async (request) => {
    try {
      const caller = await authorize(services, request.context, spec.access);
      if (!caller.ok) return fail(caller.error.code, caller.error.message);
      const input = validatePayload(spec.payload, request.payload, spec.maxPayloadBytes);
      if (!input.ok) return fail('VALIDATION', input.error.message, input.error.fields);
      const outcome = await spec.run(input.value, caller.value, request);
      if (outcome.ok) return ok(outcome.value);
      const { code, message, fields } = outcome.error;
      return fail(code, message, fields);
    } catch (error) {
      return thrown(key, error);
    }
  };
}

function thrown(key: string, error: unknown): ResolverResult<never> {
  if (isJiraUnavailable(error)) {
    console.warn(`okr: ${key}: Jira unavailable:`, error.message);
    return fail('JIRA_UNAVAILABLE', 'Jira is not answering right now. Try again in a moment.');
  }
  console.error(`okr: ${key} failed:`, error instanceof DomainError ? `${error.code} ${error.message}` : error);
  return fail('INTERNAL', 'Something went wrong on our side. Try again; if it keeps happening, tell your Jira admin.');
}
