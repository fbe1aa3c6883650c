/**
 * The real KR recompute use case, when this build has it. It is looked up at run time so the sandbox seeds
 * progress with it from the day it lands, and leaves progress to the first refresh until then.
 */
import type { Services } from '../../src/services';

export type RecomputeKeyResults = (services: Services, keyResultIds: readonly string[]) => Promise<unknown>;

// A variable path: until the module exists, the type checker must not resolve it.
const MODULE = '../../src/usecases/recompute/recompute-key-results';

export async function findRecompute(): Promise<RecomputeKeyResults | undefined> {
  try {
    const loaded = (await import(MODULE)) as { recomputeKeyResults?: unknown };
    return typeof loaded.recomputeKeyResults === 'function'
      ? (loaded.recomputeKeyResults as RecomputeKeyResults)
      : undefined;
  } catch (error) {
    if (isModuleMissing(error)) return undefined;
    throw error;
  }
}

function isModuleMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  return (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') && message.includes('recompute-key-results');
}
