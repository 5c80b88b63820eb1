// Prints, at the end of a run, how many tests of a kind ended as they
// should, per project: the injected faults (faults.spec.mjs) that ended in a
// clear state, and the wild feeds (wild-feeds.spec.mjs) that rendered or
// said why not. `faults: 20/20 (desktop), …`, `wild feeds: 32/32 (desktop)`.
// A reporter sees each test's final result, fixture teardown included.
const KINDS = [
  { label: 'faults', suffix: 'ended in a clear state', file: 'faults.spec.mjs', counts: (t) => !t.title.startsWith('JSONTestSuite') },
  { label: 'wild feeds', suffix: 'rendered or said why not', file: 'wild-feeds.spec.mjs', counts: (t) => t.title.startsWith('wild feed ') },
];

export default class SummaryReporter {
  constructor() {
    this.outcomes = new Map(KINDS.map((kind) => [kind.label, new Map()]));
  }

  onTestEnd(test, result) {
    const kind = KINDS.find((k) => test.location.file.endsWith(k.file) && k.counts(test));
    if (!kind || result.status === 'skipped') return;
    const project = test.parent.project()?.name ?? 'default';
    const byProject = this.outcomes.get(kind.label);
    const counts = byProject.get(project) ?? { ok: 0, all: 0 };
    counts.all += 1;
    if (result.status === 'passed') counts.ok += 1;
    byProject.set(project, counts);
  }

  onEnd() {
    for (const kind of KINDS) {
      const byProject = this.outcomes.get(kind.label);
      if (byProject.size === 0) continue;
      const parts = [...byProject].sort().map(([project, { ok, all }]) => `${ok}/${all} (${project})`);
      console.log(`${kind.label}: ${parts.join(', ')} ${kind.suffix}`);
    }
  }
}
