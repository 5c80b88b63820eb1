// Prints, at the end of a run, how many injected faults (faults.spec.mjs)
// ended in a clear state, per device: `faults: 16/16 (desktop), …`. A
// reporter sees each test's final result, fixture teardown included.
export default class FaultsReporter {
  constructor() {
    this.outcomes = new Map();
  }

  onTestEnd(test, result) {
    const isFault = test.location.file.endsWith('faults.spec.mjs') && !test.title.startsWith('JSONTestSuite');
    if (!isFault || result.status === 'skipped') return;
    const project = test.parent.project()?.name ?? 'default';
    const counts = this.outcomes.get(project) ?? { ok: 0, all: 0 };
    counts.all += 1;
    if (result.status === 'passed') counts.ok += 1;
    this.outcomes.set(project, counts);
  }

  onEnd() {
    if (this.outcomes.size === 0) return;
    const parts = [...this.outcomes].sort().map(([project, { ok, all }]) => `${ok}/${all} (${project})`);
    console.log(`faults: ${parts.join(', ')} ended in a clear state`);
  }
}
