import * as entry from '../../../src/index';
import { quietConsole } from './harness';

quietConsole();

// The handler Forge calls (src/index.ts, on the real @forge/kvs): refusals that need no storage answer at once.
describe('the Forge entry onMetricsWebtrigger', () => {
  it('answers an unsigned post 401 UNAUTHORIZED, with a fixed JSON body', async () => {
    const response = await entry.onMetricsWebtrigger({
      method: 'POST',
      headers: { 'content-type': ['application/json'] },
      body: '{}',
    });
    expect(response).toEqual({
      statusCode: 401,
      headers: expect.objectContaining({ 'Content-Type': ['application/json'] }),
      body: expect.stringContaining('"code":"UNAUTHORIZED"'),
    });
  });

  it('answers a GET 405, and something that is not a request at all 405 too', async () => {
    expect((await entry.onMetricsWebtrigger({ method: 'GET', body: '' })).statusCode).toBe(405);
    expect((await entry.onMetricsWebtrigger(undefined)).statusCode).toBe(405);
  });
});
