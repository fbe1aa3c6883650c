/** The server-side view of cost: every call counts, and points are 1 + issues returned per read, 1 per write. */
import type { Meter } from './types';

export interface RecordingMeter extends Meter {
  record(endpoint: string, points: number): void;
}

export function createMeter(): RecordingMeter {
  const meter: RecordingMeter = {
    calls: 0,
    points: 0,
    byEndpoint: {},
    reset() {
      meter.calls = 0;
      meter.points = 0;
      meter.byEndpoint = {};
    },
    record(endpoint, points) {
      meter.calls += 1;
      meter.points += points;
      const e = (meter.byEndpoint[endpoint] ??= { calls: 0, points: 0 });
      e.calls += 1;
      e.points += points;
    },
  };
  return meter;
}
