import { createWorldClock } from '../../../sandbox/server/world-clock';

describe('the site clock', () => {
  let real = 1_000_000;
  const realNow = () => real;
  const start = new Date('2026-11-18T09:30:00.000Z');

  test('runs with real time from where the world was', () => {
    real = 1_000_000;
    const clock = createWorldClock(start, realNow);
    real += 5_000;
    expect(clock.now().toISOString()).toBe('2026-11-18T09:30:05.000Z');
    expect(clock.offsetMs()).toBe(start.getTime() - 1_000_000);
  });

  test('holds still while pinned and runs on from the pinned instant when released', () => {
    real = 0;
    const clock = createWorldClock(start, realNow);
    clock.pin(new Date('2026-10-01T10:00:00.000Z'));
    real += 60_000;
    expect(clock.now().toISOString()).toBe('2026-10-01T10:00:00.000Z');
    clock.release();
    real += 1_000;
    expect(clock.now().toISOString()).toBe('2026-10-01T10:00:01.000Z');
  });

  test('jumps forward when advanced or set, pinned or not (a queue drains by jumping to due times)', () => {
    real = 0;
    const clock = createWorldClock(start, realNow);
    clock.advance(86_400_000);
    expect(clock.now().toISOString()).toBe('2026-11-19T09:30:00.000Z');
    clock.set('2026-11-20T00:00:00.000Z');
    real += 10;
    expect(clock.now().toISOString()).toBe('2026-11-20T00:00:00.010Z');
    clock.pin(clock.now());
    clock.advance(1_000);
    expect(clock.now().toISOString()).toBe('2026-11-20T00:00:01.010Z');
  });
});
