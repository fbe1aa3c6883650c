import { DEFAULT_SETTINGS, type Settings } from '../../src/domain';
import { createSettingsRepository, SETTINGS_KEY } from '../../src/store/settings-repository';
import { freshKvs } from './builders';

describe('settings repository', () => {
  test('defaults until saved; saved settings read back', async () => {
    const kvs = freshKvs();
    const settings = createSettingsRepository(kvs);
    expect(await settings.get()).toEqual(DEFAULT_SETTINGS);
    const saved = await settings.save({ ...DEFAULT_SETTINGS, fiscalYearStartMonth: 4, timeZone: 'Europe/Paris' });
    expect(await settings.get()).toEqual(saved);
    expect(await kvs.get(SETTINGS_KEY)).toEqual({ schemaVersion: 1, data: saved });
  });

  test('invalid settings are refused and nothing is written', async () => {
    const settings = createSettingsRepository(freshKvs());
    const invalid = { ...DEFAULT_SETTINGS, timeZone: 'Mars/Olympus' } as Settings;
    await expect(settings.save(invalid)).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await settings.get()).toEqual(DEFAULT_SETTINGS);
  });
});
