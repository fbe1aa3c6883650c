import { z } from 'zod';
import { DomainError, parseOrError } from '../../src/domain';

describe('parseOrError', () => {
  const Schema = z.object({ name: z.string().min(1), nested: z.object({ count: z.number().min(0) }) });

  it('returns the parsed value', () => {
    expect(parseOrError(Schema, { name: 'a', nested: { count: 1 } })).toEqual({
      ok: true,
      value: { name: 'a', nested: { count: 1 } },
    });
  });

  it('names every failing field by its dotted path, in the fields and in the message', () => {
    const result = parseOrError(Schema, { name: '', nested: { count: -1 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fields.map((f) => f.path)).toEqual(['name', 'nested.count']);
    expect(result.error.message).toMatch(/^name: .+; nested\.count: .+/);
  });

  it('reports a wrong root type with an empty path', () => {
    const result = parseOrError(Schema, null);
    expect(result.ok || result.error.fields[0]?.path).toBe('');
  });
});

describe('DomainError', () => {
  it('carries a stable code and keeps the cause', () => {
    const cause = new Error('HTTP 503');
    const error = new DomainError('JIRA_UNAVAILABLE', 'Jira did not answer', { cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DomainError');
    expect(error.code).toBe('JIRA_UNAVAILABLE');
    expect(error.cause).toBe(cause);
    expect(error.message).toBe('Jira did not answer');
  });
});
