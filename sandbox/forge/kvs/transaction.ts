import type { TransactionCondition, TransactionRequest } from '@forge/kvs/out/interfaces/kvs-api';
import { matchesFilters } from './conditions';
import { deleteItem, prepareWrite } from './item-ops';
import { KVS_LIMITS } from './limits';
import type { ServiceContext } from './service-context';
import { badRequest, KvsErrorCode, KvsServiceError } from './service-error';
import { liveItem } from './state';
import { targetFor, type Target } from './targets';

/**
 * `kvs.transact()`: every item is validated and every condition checked before anything is written, so the
 * transaction applies whole or not at all. A condition is tested against the stored item's attributes, or against
 * no attributes when the key is absent (?): the docs do not say how conditions treat a missing item.
 */
export function transact(context: ServiceContext, request: TransactionRequest<unknown>): void {
  const sets = request.set ?? [];
  const deletes = request.delete ?? [];
  const checks = request.check ?? [];
  const operations = sets.length + deletes.length + checks.length;
  if (operations === 0) throw badRequest(KvsErrorCode.INVALID_TRANSACTION, 'A transaction needs an operation.');
  if (operations > KVS_LIMITS.transactionMaxOperations) {
    throw badRequest(
      KvsErrorCode.INVALID_TRANSACTION,
      `Each transaction can contain a maximum of ${KVS_LIMITS.transactionMaxOperations} operations, got ${operations}.`,
    );
  }
  const bytes = Buffer.byteLength(JSON.stringify(request), 'utf8');
  if (bytes > KVS_LIMITS.transactionMaxPayloadBytes) {
    throw badRequest(KvsErrorCode.PAYLOAD_TOO_LARGE, `The transaction payload (${bytes} bytes) is too large.`);
  }

  const now = context.nowMs();
  const seen = new Set<string>();
  const failed: string[] = [];
  const visit = (entityName: string | undefined, key: string, conditions: TransactionCondition | undefined) => {
    const target = targetFor(context, entityName);
    const checkedKey = target.checkKey(key);
    const id = target.id(checkedKey);
    if (seen.has(id)) {
      throw badRequest(KvsErrorCode.INVALID_TRANSACTION, `Each key can only be used once in a transaction: '${key}'.`);
    }
    seen.add(id);
    if (conditions && !conditionHolds(target, checkedKey, conditions, now)) failed.push(checkedKey);
    return target;
  };

  const writes = sets.map(({ entityName, key, value, conditions, options }) =>
    prepareWrite(visit(entityName, key, conditions), key, value, options, now),
  );
  const removals = deletes.map(({ entityName, key, conditions }) => ({
    target: visit(entityName, key, conditions),
    key,
  }));
  for (const { entityName, key, conditions } of checks) {
    if (!conditions) throw badRequest(KvsErrorCode.INVALID_TRANSACTION, `A check needs conditions: '${key}'.`);
    visit(entityName, key, conditions);
  }
  if (failed.length > 0) {
    throw new KvsServiceError(
      409,
      KvsErrorCode.CONDITION_FAILED,
      `Transaction cancelled: conditions not met for ${failed.map((key) => `'${key}'`).join(', ')}.`,
    );
  }
  for (const write of writes) write.apply();
  for (const { target, key } of removals) deleteItem(target, key);
}

function conditionHolds(target: Target, key: string, conditions: TransactionCondition, nowMs: number): boolean {
  if (!target.entity) {
    throw badRequest(KvsErrorCode.INVALID_TRANSACTION, `Conditions apply to custom entities only: '${key}'.`);
  }
  const attributes = (liveItem(target.items, key, nowMs)?.value ?? {}) as Record<string, unknown>;
  return matchesFilters(attributes, conditions, target.entity.attributes);
}
