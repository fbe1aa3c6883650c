import { DEFAULT_SETTINGS, Settings } from '../domain';
import type { Kvs } from '../platform';
import { defineRecordCodec } from './record-codec';

export interface SettingsRepository {
  /** The site's settings, or the defaults before an admin saves any. */
  get(): Promise<Settings>;
  save(settings: Settings): Promise<Settings>;
}

/** A single small record read on most requests: a plain key, no entity or index needed. */
export const SETTINGS_KEY = 'settings';

export const settingsCodec = defineRecordCodec({ entity: 'settings', schema: Settings, schemaVersion: 1 });

export function createSettingsRepository(kvs: Kvs): SettingsRepository {
  return {
    async get() {
      const stored = await kvs.get(SETTINGS_KEY);
      return stored === undefined ? DEFAULT_SETTINGS : settingsCodec.decode(SETTINGS_KEY, stored);
    },
    async save(settings) {
      const record = settingsCodec.encode(settings);
      await kvs.set(SETTINGS_KEY, record);
      return record.data;
    },
  };
}
