/**
 * A log of issue states over (injected-clock) time, so eventually consistent reads such as approximate-count can
 * answer from the state of some milliseconds ago, the way Jira's search index lags behind writes.
 */
import type { IssueRecord } from './store';

interface Entry {
  at: number;
  state: IssueRecord | null;
}

export class Timeline {
  private readonly entries = new Map<string, Entry[]>();

  /** Records the issue's state (null = deleted) as of `at`. The record is copied: later mutation cannot rewrite history. */
  record(at: Date, issueId: string, state: IssueRecord | null): void {
    const list = this.entries.get(issueId) ?? [];
    list.push({
      at: at.getTime(),
      state: state && { ...state, fixVersionIds: [...state.fixVersionIds], labels: [...state.labels] },
    });
    this.entries.set(issueId, list);
  }

  /** The issues as they were at `at`. */
  asOf(at: Date): IssueRecord[] {
    const t = at.getTime();
    const out: IssueRecord[] = [];
    for (const list of this.entries.values()) {
      let latest: Entry | undefined;
      for (const e of list) if (e.at <= t) latest = e;
      if (latest?.state) out.push(latest.state);
    }
    return out;
  }
}
