/**
 * Fetches issue facts for a refresh, once. Callers first `schedule` every id they will need so ids are batched into
 * few `field in (...)` chunks; each KR then awaits only the chunks covering its own targets, so one failed chunk fails
 * only the KRs that depend on it. Facts land in one map by issue id: an issue reached by several KRs (or several
 * queries) is stored once and indexed by parent, project and version for assignment.
 */
import type { JiraApi } from './api';
import { chunkedInJql } from './jql/chunk';
import { exclusions } from './jql/scope';
import { searchFacts } from './issues';
import type { ResolvedPlanOptions } from './planner';
import type { IssueFact } from './types';

export type IdField = 'parent' | 'project' | 'fixVersion';

export class FactCollector {
  readonly facts = new Map<string, IssueFact>();
  private readonly byParent = new Map<string, Set<string>>();
  private readonly byProject = new Map<string, Set<string>>();
  private readonly byVersion = new Map<string, Set<string>>();
  private readonly queries = new Map<string, Promise<Set<string>>>();
  private readonly chunkOf = new Map<string, Promise<Set<string>>>();

  constructor(
    private readonly api: Pick<JiraApi, 'searchJql'>,
    private readonly storyPointFieldIds: readonly string[],
    private readonly options: ResolvedPlanOptions,
  ) {}

  /**
   * Batch ids into chunked queries. `withSubtasks` decides the JQL exclusion; an id already scheduled with sub-tasks
   * is a superset and is not fetched again without them.
   */
  schedule(field: IdField, ids: readonly string[], withSubtasks: boolean): void {
    const pending = ids.filter((id) => !this.chunkOf.has(key(field, id, true)) && !this.chunkOf.has(key(field, id, withSubtasks)));
    const suffix = exclusions({ ...this.options, includeSubtasks: withSubtasks });
    for (const chunk of chunkedInJql(field, [...new Set(pending)], suffix, this.options)) {
      const query = this.run(chunk.jql);
      for (const id of chunk.ids) this.chunkOf.set(key(field, id, withSubtasks), query);
    }
  }

  /** Resolves once every given id's issues are in `facts` (scheduling any id nobody scheduled yet). */
  async ready(field: IdField, ids: readonly string[], withSubtasks: boolean): Promise<void> {
    this.schedule(field, ids, withSubtasks);
    await Promise.all(ids.map((id) => this.chunkOf.get(key(field, id, true)) ?? this.chunkOf.get(key(field, id, withSubtasks))));
  }

  /** Issue ids matched by a KR's own JQL scope (with our exclusions appended). */
  jqlMembers(scopeJql: string): Promise<Set<string>> {
    return this.run(scopeJql);
  }

  idsWith(field: IdField, value: string): string[] {
    const index = field === 'parent' ? this.byParent : field === 'project' ? this.byProject : this.byVersion;
    return [...(index.get(value) ?? [])];
  }

  private run(jql: string): Promise<Set<string>> {
    let query = this.queries.get(jql);
    if (!query) {
      query = searchFacts(this.api, jql, this.storyPointFieldIds).then((facts) => {
        for (const fact of facts) this.add(fact);
        return new Set(facts.map((f) => f.id));
      });
      // Handled here so a failure nobody awaits yet is not an unhandled rejection; awaiters still see it.
      query.catch(() => undefined);
      this.queries.set(jql, query);
    }
    return query;
  }

  private add(fact: IssueFact): void {
    this.facts.set(fact.id, fact);
    if (fact.parentId) index(this.byParent, fact.parentId, fact.id);
    index(this.byProject, fact.projectId, fact.id);
    for (const v of fact.versionIds) index(this.byVersion, v, fact.id);
  }
}

function key(field: IdField, id: string, withSubtasks: boolean): string {
  return `${field}${withSubtasks ? '+' : '-'}${id}`;
}

function index(map: Map<string, Set<string>>, k: string, id: string): void {
  const set = map.get(k) ?? new Set<string>();
  set.add(id);
  map.set(k, set);
}
