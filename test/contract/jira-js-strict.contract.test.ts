/**
 * The same operations under jira.js's schema audit (strict objects, closed enums): the simulator must not send a
 * key or an enum value that jira.js's models, generated from Atlassian's spec, do not document.
 */
import { collectedDrift } from './audit-env';
import { createCloudClient } from 'jira.js';
import { startHarness, type Harness } from './harness';
import { OPERATIONS } from './operations';

let h: Harness;
let client: ReturnType<typeof createCloudClient>;
beforeAll(async () => {
  h = await startHarness();
  client = createCloudClient({ host: h.server.url, auth: h.auth, onSchemaMismatch: 'throw' });
});
afterAll(() => h.server.close());

it('audit mode is on', () => {
  expect(process.env.AUDIT_SCHEMAS).toBe('true');
});

it.each(OPERATIONS.map((op) => [op.name, op] as const))(
  '%s: no undocumented keys or enum values',
  async (_name, op) => {
    const before = collectedDrift().length;
    await expect(op.viaJiraJs(client)).resolves.toBeDefined();
    expect(collectedDrift().slice(before)).toEqual([]);
  },
);
