/** What the emulated service holds. Values enter and leave only as JSON text, so nothing is ever aliased. */
export interface StoredItem {
  readonly value: unknown;
  /** Epoch milliseconds (?): the docs do not give the unit of createdAt/updatedAt. */
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly expireAt?: number;
}

export type ItemMap = Map<string, StoredItem>;

export interface KvsState {
  readonly plain: ItemMap;
  /** Secrets live apart from plain keys: kvs.query() never sees them. */
  readonly secret: ItemMap;
  readonly entities: Map<string, ItemMap>;
}

export const emptyState = (): KvsState => ({ plain: new Map(), secret: new Map(), entities: new Map() });

export function entityItems(state: KvsState, entityName: string): ItemMap {
  let items = state.entities.get(entityName);
  if (!items) {
    items = new Map();
    state.entities.set(entityName, items);
  }
  return items;
}

/** TTL expiry is immediate here; the real store may keep an expired key visible for a while. */
export function liveItem(items: ItemMap, key: string, nowMs: number): StoredItem | undefined {
  const item = items.get(key);
  return item && isLive(item, nowMs) ? item : undefined;
}

export const isLive = (item: StoredItem, nowMs: number): boolean =>
  item.expireAt === undefined || item.expireAt > nowMs;

/** The stored record as the service's get/set responses carry it. */
export function itemResponse(key: string, item: StoredItem) {
  return {
    key,
    value: item.value,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    ...(item.expireAt === undefined ? {} : { expireTime: new Date(item.expireAt).toISOString() }),
  };
}
