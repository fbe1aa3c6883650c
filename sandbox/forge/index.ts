/** Emulated Forge services for the sandbox and the tests: the real @forge/* clients over in-process services. */
export {
  createEmulatedKvs,
  createKvsEmulator,
  type EmulatedKvsOptions,
  type KvsEmulator,
} from './kvs/create-emulated-kvs';
export { KvsErrorCode } from './kvs/service-error';
export { KVS_LIMITS } from './kvs/limits';
export {
  createEmulatedQueue,
  type ConsumerFunction,
  type DeliveryReport,
  type EmulatedQueue,
  type EmulatedQueueOptions,
} from './queue/create-emulated-queue';
export type { DeadEvent, PendingEvent } from './queue/queue-state';
export { createQueueRegistry, type QueueRegistry } from './queue/queue-registry';
export {
  createInvoker,
  type ForgeFunction,
  type Invoker,
  type ResolverDefinitions,
  type ScheduledTriggerRequest,
  type UiCall,
} from './invoker/create-invoker';
export type { ExtensionContext, JiraIssueRef, JiraProjectRef } from './invoker/extension-context';
export { SANDBOX_SITE, functionContext, type FunctionContext, type SiteIdentity } from './function-context';
export { createManualClock, type ManualClock } from './manual-clock';
