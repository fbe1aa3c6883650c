import { DEFAULT_SETTINGS, Settings } from '../../../src/domain';
import { expectAccepted, expectRejected } from '../expect-field';

describe('Settings', () => {
  it('defaults every field, so an empty admin page is a valid site', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      fiscalYearStartMonth: 1,
      timeZone: 'UTC',
      statusThresholds: { atRisk: -0.1, offTrack: -0.25 },
      checkInCadenceDays: 14,
      aspirationalNorm: 0.7,
    });
  });

  it('accepts an IANA zone, a fiscal start and custom thresholds', () => {
    const settings = expectAccepted(Settings, {
      fiscalYearStartMonth: 4,
      timeZone: 'Europe/Paris',
      statusThresholds: { atRisk: -0.05, offTrack: -0.2 },
      storyPointsFieldId: 'customfield_10016',
    });
    expect(settings.statusThresholds).toEqual({ atRisk: -0.05, offTrack: -0.2 });
  });

  it.each([
    [{ fiscalYearStartMonth: 13 }, 'fiscalYearStartMonth'],
    [{ fiscalYearStartMonth: 0 }, 'fiscalYearStartMonth'],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ statusThresholds: { atRisk: -0.3, offTrack: -0.25 } }, 'statusThresholds.atRisk'],
    [{ statusThresholds: { atRisk: -0.2, offTrack: -0.2 } }, 'statusThresholds.atRisk'],
    [{ statusThresholds: { atRisk: 0.1, offTrack: -0.25 } }, 'statusThresholds.atRisk'],
    [{ statusThresholds: { atRisk: -0.1, offTrack: -1.5 } }, 'statusThresholds.offTrack'],
    [{ checkInCadenceDays: 0 }, 'checkInCadenceDays'],
    [{ aspirationalNorm: 0 }, 'aspirationalNorm'],
  ])('rejects %j naming %s', (input, path) => {
    expectRejected(Settings, input, path);
  });
});
