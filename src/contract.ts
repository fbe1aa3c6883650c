/**
 * What the backend and the Custom UI agree on: resolver keys and the one response shape every resolver answers.
 * static/ imports this file for types only.
 */

export const RESOLVER_KEYS = {
  about: 'okr/about',
} as const;

export type ResolverKey = (typeof RESOLVER_KEYS)[keyof typeof RESOLVER_KEYS];

/** Stable error codes the UI can react to (show next to a field, offer a retry or a reload). */
export type ErrorCode =
  'VALIDATION' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'JIRA_UNAVAILABLE' | 'NOT_AVAILABLE_YET' | 'INTERNAL';

export interface ResolverError {
  code: ErrorCode;
  message: string;
  /** Field paths with their messages, for VALIDATION. */
  fields?: { path: string; message: string }[];
}

export type ResolverResult<T> = { ok: true; data: T } | { ok: false; error: ResolverError };

export interface AboutData {
  app: 'okr-rollup-for-jira';
  version: string;
  /** Capabilities that work in this build; the UI shows "not available yet" for the rest. */
  available: string[];
}
