/**
 * Batching many ids into `field in (...)` clauses. Limits (ours, not Jira's documented ones, which are not published
 * for POST bodies): at most 200 ids per clause and 4000 characters per JQL. Long id lists make Jira's query planner
 * slow and risk "JQL too complex" rejections; 200 issue ids keep a clause near 1.4 KB, well inside both bounds.
 */
import { inClause } from './literal';

export const JQL_LIMITS = { maxJqlLength: 4000, maxIdsPerClause: 200 } as const;

export interface ChunkLimits {
  maxJqlLength: number;
  maxIdsPerClause: number;
}

export interface JqlChunk {
  jql: string;
  ids: string[];
}

/** Full JQLs `<field in (chunk)><suffix>`, each within the limits; every id lands in exactly one chunk. */
export function chunkedInJql(field: string, ids: readonly string[], suffix: string, limits: ChunkLimits): JqlChunk[] {
  const out: JqlChunk[] = [];
  let chunk: string[] = [];
  const render = (values: string[]) => `${inClause(field, values)}${suffix}`;
  for (const id of ids) {
    const candidate = [...chunk, id];
    if (chunk.length > 0 && (candidate.length > limits.maxIdsPerClause || render(candidate).length > limits.maxJqlLength)) {
      out.push({ jql: render(chunk), ids: chunk });
      chunk = [id];
    } else {
      chunk = candidate;
    }
  }
  if (chunk.length > 0) out.push({ jql: render(chunk), ids: chunk });
  return out;
}
