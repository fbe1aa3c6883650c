import type { CompiledEntity } from './entity-schema';
import type { KvsState } from './state';

/** Everything a request handler may touch. Handlers are synchronous, so each request is atomic. */
export interface ServiceContext {
  readonly state: KvsState;
  readonly entities: ReadonlyMap<string, CompiledEntity>;
  nowMs(): number;
}
