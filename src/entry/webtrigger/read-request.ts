/**
 * The request as Forge serialises it (events-reference/web-trigger): `method`, `headers` as name → string[],
 * `body` as a string, `path`, `queryParameters`. Read defensively: the URL is public, and anything may arrive.
 */
export interface IncomingRequest {
  method: string;
  body: string;
  /** Every value of a header, whatever the case of its name. */
  header(name: string): string[];
}

export function readRequest(raw: unknown): IncomingRequest {
  const request = isRecord(raw) ? raw : {};
  const method = typeof request.method === 'string' ? request.method.toUpperCase() : '';
  const body = typeof request.body === 'string' ? request.body : '';
  const headers = new Map<string, string[]>();
  if (isRecord(request.headers)) {
    for (const [name, value] of Object.entries(request.headers)) {
      const values = Array.isArray(value) ? value : [value];
      const strings = values.filter((item): item is string => typeof item === 'string');
      const key = name.toLowerCase();
      headers.set(key, [...(headers.get(key) ?? []), ...strings]);
    }
  }
  return { method, body, header: (name) => headers.get(name.toLowerCase()) ?? [] };
}

/** The one value of a header that must appear once; undefined when it is absent or repeated. */
export function single(request: IncomingRequest, name: string): string | undefined {
  const values = request.header(name);
  return values.length === 1 ? values[0] : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
