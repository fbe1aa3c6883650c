/**
 * An OKR file over test/integration/jira/support/small-site.ts, with every number worked out by hand from that
 * site's table. Period 2026-10-01..2026-12-31 has 92 days; on 2026-11-16, 46 are over: expected 0.5 (0.35 for
 * an aspirational KR). Epics are never in scope, sub-tasks only where asked, done = status category done.
 *
 *   launch (company)
 *     epic-count     count  TEAM-1: TEAM-2✓, TEAM-3, TEAM-5✓                      2/3           pace +1/6   on-track
 *     two-epics      points TEAM-1 + CORE-1: 3✓ 5 —✓ 8 2✓                         5/18          pace −2/9   at-risk
 *     release        count  CORE/1.0: CORE-2, CORE-3✓, CORE-5✓ (weight 2)         2/3           on-track
 *   team (parent launch, contribution weight 1)
 *     team-project   count  TEAM: TEAM-2✓ 3 5✓ 7 8✓ 9✓                             4/6           on-track
 *     okr-label      count  labels = okr: TEAM-8✓ TEAM-9✓                          1             done
 *     adoption       metric 0 → 10, current 5, aspirational                        0.5, exp 0.35 on-track
 *     checklist      milestones 1 of 4                                              0.25          pace −0.25  at-risk
 *   team   = (2/3 + 1 + 1/2 + 1/4) / 4                     = 29/48
 *   launch = (2/3 + 5/18 + 2·2/3 + 1·29/48) / (1 + 1 + 2 + 1) = 83/144
 */
export const GOOD_OKRS = `timeZone: UTC
periods:
  - { id: 2026-Q4, start: 2026-10-01, end: 2026-12-31 }
objectives:
  - id: launch
    title: Launch the platform
    period: 2026-Q4
    level: company
    keyResults:
      - id: epic-count
        title: Launch epic delivered
        source: { type: jira, measure: count, targets: [{ epic: TEAM-1 }] }
      - id: two-epics
        title: Both epics, by points
        source: { type: jira, measure: points, targets: [{ epic: TEAM-1 }, { epic: core-1 }] }
      - id: release
        title: Release 1.0, issues done
        weight: 2
        source: { type: jira, targets: [{ version: CORE/1.0 }] }
  - id: team
    title: The team ships, with a comma
    period: 2026-Q4
    parent: { id: launch }
    keyResults:
      - id: team-project
        title: Team backlog
        source: { type: jira, targets: [{ project: TEAM }] }
      - id: okr-label
        title: Labelled work
        source: { type: jira, targets: [{ jql: 'labels = okr' }] }
      - id: adoption
        title: Weekly active teams
        kind: aspirational
        source: { type: metric, start: 0, target: 10, current: 5, direction: increase }
      - id: checklist
        title: Launch checklist
        source:
          type: milestones
          items:
            - { title: Docs, done: true }
            - { title: Pricing }
            - { title: Support rota }
            - { title: Status page }
`;

export const EXPECTED = {
  launch: 83 / 144,
  team: 29 / 48,
  'epic-count': 2 / 3,
  'two-epics': 5 / 18,
  release: 2 / 3,
  'team-project': 4 / 6,
  'okr-label': 1,
  adoption: 0.5,
  checklist: 0.25,
} as const;
