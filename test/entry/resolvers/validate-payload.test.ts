import fc from 'fast-check';
import { CreateKeyResultPayload } from '../../../src/entry/schemas/key-results';
import { CreateObjectivePayload } from '../../../src/entry/schemas/objectives';
import { MAX_PAYLOAD_BYTES, validatePayload } from '../../../src/entry/schemas/validate';

const objective = { title: 'Delight', periodId: '2026-Q4', level: 'team', ownerIds: ['acc-ann'] };
const keyResult = {
  objectiveId: 'obj-1',
  title: 'Ship',
  kind: 'committed',
  weight: 1,
  ownerIds: ['acc-ann'],
  source: { type: 'milestones', items: [{ id: 'm1', title: 'Design', done: false }] },
};

const paths = (result: ReturnType<typeof validatePayload>) => (result.ok ? [] : result.error.fields.map((f) => f.path));

describe('validatePayload', () => {
  test('accepts a valid payload and answers the parsed value (trimmed, defaults applied)', () => {
    const result = validatePayload(CreateObjectivePayload, { ...objective, title: '  Delight  ' });
    expect(result).toEqual({ ok: true, value: { ...objective, title: 'Delight' } });
  });

  test('names unknown keys at any depth: top level, inside a union branch, inside array items', () => {
    const result = validatePayload(CreateKeyResultPayload, {
      ...keyResult,
      admin: true,
      source: { ...keyResult.source, items: [{ id: 'm1', title: 'Design', done: false, owner: 'x' }], extra: 1 },
    });
    expect(paths(result).sort()).toEqual(['admin', 'source.extra', 'source.items.0.owner']);
  });

  test('refuses control characters wherever they are, naming the field', () => {
    const result = validatePayload(CreateKeyResultPayload, {
      ...keyResult,
      source: { type: 'milestones', items: [{ id: 'm1', title: 'Bell\u0007', done: false }] },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'source.items.0.title' }] },
    });
    expect(
      validatePayload(CreateObjectivePayload, { ...objective, description: 'line one\nline two\ttabbed' }).ok,
    ).toBe(true);
  });

  test('refuses a payload over the size cap before parsing it', () => {
    const result = validatePayload(CreateObjectivePayload, {
      ...objective,
      description: 'x'.repeat(MAX_PAYLOAD_BYTES),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { fields: [{ path: '', message: expect.stringContaining('bytes') }] },
    });
  });

  test('property: any extra key is refused by name, and validation never throws', () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 1, maxLength: 20 })
          .filter((key) => !(key in objective) && !['description', 'team', 'parent', '__proto__'].includes(key)),
        fc.jsonValue(),
        (key, value) => {
          const payload = JSON.parse(JSON.stringify({ ...objective, [key]: value })) as Record<string, unknown>;
          if (!(key in payload)) return;
          const result = validatePayload(CreateObjectivePayload, payload);
          expect(result.ok).toBe(false);
        },
      ),
    );
    fc.assert(
      fc.property(fc.anything(), (payload) => {
        expect(() => validatePayload(CreateKeyResultPayload, payload)).not.toThrow();
      }),
    );
  });
});
