import { RESOLVER_KEYS as K, type PeriodDto, type SettingsDto } from '../../../src/contract';
import { ADA, ANN, createHarness, EVE } from './support/harness';

const DEFAULTS: SettingsDto = {
  fiscalYearStartMonth: 1,
  timeZone: 'UTC',
  statusThresholds: { atRisk: -0.1, offTrack: -0.25 },
  checkInCadenceDays: 14,
  aspirationalNorm: 0.7,
};

describe('okr/getSettings and okr/updateSettings', () => {
  test('anyone reads the settings; the defaults before an admin saves any', async () => {
    const h = createHarness();
    expect(await h.data(K.getSettings, {}, EVE.accountId)).toEqual(DEFAULTS);
  });

  test('a Jira admin saves them, and what was saved is what is read back', async () => {
    const h = createHarness();
    const wanted: SettingsDto = {
      ...DEFAULTS,
      fiscalYearStartMonth: 4,
      timeZone: 'Europe/Paris',
      storyPointsFieldId: 'customfield_10016',
    };
    expect(await h.data(K.updateSettings, wanted, ADA.accountId)).toEqual(wanted);
    expect(await h.data(K.getSettings, {}, ANN.accountId)).toEqual(wanted);
  });

  test('anyone else is FORBIDDEN and nothing changes', async () => {
    const h = createHarness();
    const answer = await h.call(K.updateSettings, { ...DEFAULTS, fiscalYearStartMonth: 7 }, ANN.accountId);
    expect(answer).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('administrators') },
    });
    expect(await h.repos.settings.get()).toMatchObject({ fiscalYearStartMonth: 1 });
  });

  test.each([
    ['a missing field', { ...DEFAULTS, checkInCadenceDays: undefined }, 'checkInCadenceDays'],
    ['an unknown field', { ...DEFAULTS, pollEverySecond: true }, 'pollEverySecond'],
    [
      'an unknown nested field',
      { ...DEFAULTS, statusThresholds: { atRisk: -0.1, offTrack: -0.25, extra: 1 } },
      'statusThresholds.extra',
    ],
    ['an unknown time zone', { ...DEFAULTS, timeZone: 'Mars/Olympus' }, 'timeZone'],
    [
      'thresholds out of order',
      { ...DEFAULTS, statusThresholds: { atRisk: -0.3, offTrack: -0.2 } },
      'statusThresholds.atRisk',
    ],
    [
      'a story-points field that is no custom field',
      { ...DEFAULTS, storyPointsFieldId: 'summary' },
      'storyPointsFieldId',
    ],
    ['a month 13', { ...DEFAULTS, fiscalYearStartMonth: 13 }, 'fiscalYearStartMonth'],
  ])('%s is VALIDATION naming the field, and nothing changes', async (_name, payload, path) => {
    const h = createHarness();
    const answer = await h.call(K.updateSettings, payload, ADA.accountId);
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: expect.arrayContaining([expect.objectContaining({ path })]) },
    });
    expect(await h.kvs.get('settings')).toBeUndefined();
  });
});

describe('okr/listPeriods', () => {
  const ids = (periods: PeriodDto[]) => periods.map((p) => p.id);

  test('calendar quarters around today (2026-11-16): previous, this year, next, and the year itself; none closed', async () => {
    const h = createHarness();
    const periods = await h.data<PeriodDto[]>(K.listPeriods, {}, EVE.accountId);
    expect(ids(periods)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1', '2026']);
    expect(periods[3]).toEqual({
      id: '2026-Q4',
      name: 'Q4 2026',
      start: '2026-10-01',
      end: '2026-12-31',
      closed: false,
    });
    expect(periods.every((p) => !p.closed)).toBe(true);
  });

  test('fiscal quarters follow the fiscal start month (April: FY2027 runs 2026-04-01 … 2027-03-31)', async () => {
    const h = createHarness();
    await h.data(K.updateSettings, { ...DEFAULTS, fiscalYearStartMonth: 4 }, ADA.accountId);
    const periods = await h.data<PeriodDto[]>(K.listPeriods, {}, ANN.accountId);
    expect(ids(periods)).toEqual(['FY2027-Q1', 'FY2027-Q2', 'FY2027-Q3', 'FY2027-Q4', 'FY2027']);
    expect(periods[2]).toMatchObject({ start: '2026-10-01', end: '2026-12-31' });
    expect(periods[4]).toMatchObject({ start: '2026-04-01', end: '2027-03-31' });
  });

  test('the previous and next quarters cross fiscal years at the edges', async () => {
    const h = createHarness();
    h.clock.set('2026-01-10T12:00:00Z');
    expect(ids(await h.data<PeriodDto[]>(K.listPeriods, {}, ANN.accountId))).toEqual([
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
      '2026',
    ]);
  });

  test('"today" is the calendar day in the site time zone: noon UTC on Dec 31 is already Jan 1 in Kiritimati', async () => {
    const h = createHarness();
    h.clock.set('2026-12-31T12:00:00Z');
    await h.data(K.updateSettings, { ...DEFAULTS, timeZone: 'Pacific/Kiritimati' }, ADA.accountId);
    const view = await h.data<{ period: PeriodDto }>(K.portfolio, {}, ANN.accountId);
    expect(view.period.id).toBe('2027-Q1');
    expect(ids(await h.data<PeriodDto[]>(K.listPeriods, {}, ANN.accountId))).toEqual([
      '2026-Q4',
      '2027-Q1',
      '2027-Q2',
      '2027-Q3',
      '2027-Q4',
      '2027',
    ]);
  });

  test('a payload where none is expected is refused', async () => {
    const h = createHarness();
    expect(await h.call(K.listPeriods, { year: 2026 }, ANN.accountId)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'year' }] },
    });
  });
});

describe('who is asking', () => {
  test('an invocation without an account (anonymous) is FORBIDDEN', async () => {
    const h = createHarness();
    expect(await h.call(K.getSettings, {}, '')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
