// Writes bench/report.md from the figures bench/run.mjs gathered: the
// machine, a table of every budget with PASS/FAIL, then each measurement in
// detail and what the figures point at.

const int = (n) => Math.round(n).toLocaleString('en-US');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const bytes = (n) => `${int(n)} B (${kb(n)})`;
const ms = (n, digits = 1) => `${n.toFixed(digits)} ms`;
const ratio = (n) => `${n.toFixed(2)}×`;
const sumOf = (list, key) => list.reduce((a, r) => a + r[key], 0);

function table(head, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map((h) => (/^(bytes|raw|gzip|brotli|ms|wire|decoded|share|items|median|max|app|static|runs?|score|result)/i.test(h) ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

/** One budget's row: the figure as measured, the limit, PASS/FAIL and by how much it misses. */
function verdict(budget, value, shown) {
  const pass = budget.max ? value <= budget.limit : value >= budget.limit;
  const unit = budget.unit === 'B' ? '' : budget.unit === '×' ? '×' : budget.unit ? ` ${budget.unit}` : '';
  const plain = budget.unit === 'ms' || budget.unit === 's' || budget.unit === 'files';
  const limitText = budget.unit === 'B' ? bytes(budget.limit) : `${budget.max ? '≤' : '≥'} ${budget.limit}${unit}`;
  let over = '';
  if (!pass) {
    if (budget.unit === 'B') over = `+${bytes(value - budget.limit)} (${ratio(value / budget.limit)} the limit)`;
    else if (budget.max) over = `+${plain ? int(value - budget.limit) : (value - budget.limit).toFixed(2)}${plain ? unit : ''} (${ratio(value / budget.limit)} the limit)`;
    else over = `−${(budget.limit - value).toFixed(0)} points`;
  }
  return { pass, cells: [budget.label, shown, budget.unit === 'B' ? `≤ ${limitText}` : limitText, pass ? '**PASS**' : '**FAIL**', over] };
}

export function writeReport(r, budgets, median) {
  const settings = r.settings;
  const out = [];
  const say = (...lines) => out.push(...lines, '');
  const lh = r.lighthouse;
  const errors = r.errors ?? {};
  const has = (...keys) => keys.every((k) => r[k] != null);
  const first = (route, keep = () => true) => (r.routes?.[route]?.files ?? []).filter((f) => f.first && keep(f));
  const firstWire = (route, keep) => sumOf(first(route, keep), 'wire');
  const transfer = has('routes') ? firstWire('article') : null;
  const articleWasm = has('routes') ? sumOf((r.routes.article?.files ?? []).filter((f) => f.kind === 'wasm'), 'wire') : null;
  const keystrokes = has('keystrokes') ? r.keystrokes.flatMap((q) => q.runs.flat().map((k) => k.ms)) : [];
  const l = r.listing;
  const med = (key) => median(l.map((x) => x[key]).filter((x) => x != null));
  const q = r.quality;
  const lowest = (category) => {
    const scores = Object.entries(q).map(([page, x]) => [x.scores[category], page]);
    const [score] = scores.reduce((a, b) => (b[0] < a[0] ? b : a));
    return [score, `${score} (${scores.map(([s, page]) => `${page} ${s}`).join(', ')})`];
  };

  // Each budget's figure, as [value, shown], from the measurement it needs.
  const figures = {
    transfer: ['routes', () => [transfer, bytes(transfer)]],
    articleWasm: ['routes', () => [articleWasm, bytes(articleWasm)]],
    home: ['routes', () => [firstWire('home'), bytes(firstWire('home'))]],
    category: ['routes', () => [firstWire('category'), bytes(firstWire('category'))]],
    lcpRatio: ['lighthouse', () => [lh.app.lcp / lh.static.lcp, `${ratio(lh.app.lcp / lh.static.lcp)} (${int(lh.app.lcp)} / ${int(lh.static.lcp)} ms)`]],
    paintRatio: ['paint', () => [r.paint.app / r.paint.static, `${ratio(r.paint.app / r.paint.static)} (${int(r.paint.app)} / ${int(r.paint.static)} ms)`]],
    score: ['lighthouse', () => [lh.app.score, `${lh.app.score}`]],
    cls: ['lighthouse', () => [lh.app.cls, lh.app.cls.toFixed(3)]],
    tbt: ['lighthouse', () => [lh.app.tbt, ms(lh.app.tbt, 0)]],
    parseRatio: ['parse', () => [r.parse.median.parse_page / r.parse.median.json_parse, `${ratio(r.parse.median.parse_page / r.parse.median.json_parse)} (${ms(r.parse.median.parse_page)} / ${ms(r.parse.median.json_parse)})`]],
    bytesRatio: ['bytes', () => [r.bytes['10k'].wire / r.bytes['20'].wire, `${ratio(r.bytes['10k'].wire / r.bytes['20'].wire)} (${int(r.bytes['10k'].wire)} / ${int(r.bytes['20'].wire)} B)`]],
    keystrokeMedian: ['keystrokes', () => [median(keystrokes), ms(median(keystrokes))]],
    keystrokeMax: ['keystrokes', () => [Math.max(...keystrokes), ms(Math.max(...keystrokes))]],
    listing: ['listing', () => [med('scriptMs'), ms(med('scriptMs'))]],
    accessibility: ['quality', () => lowest('accessibility')],
    bestPractices: ['quality', () => lowest('best-practices')],
    publishSeconds: ['publish', () => [r.publish.first.seconds, `${r.publish.first.seconds.toFixed(1)} s`]],
    publishAgain: ['publish', () => [r.publish.again.written, `${int(r.publish.again.written)} files`]],
  };
  const verdicts = Object.entries(budgets).map(([key, budget], i) => {
    const [needs, figure] = figures[key];
    if (!has(needs)) {
      const limit = verdict(budget, budget.limit, '').cells[2];
      return { key, pass: false, error: true, cells: [String(i + 1), budget.label, 'not measured', limit, '**ERROR**', errors[needs] ?? 'no data'] };
    }
    const [value, shown] = figure();
    const v = verdict(budget, value, shown);
    return { key, value, ...v, cells: [String(i + 1), ...v.cells] };
  });
  const failing = verdicts.filter((v) => !v.pass && !v.error);
  const unmeasured = verdicts.filter((v) => v.error);
  const value = (key) => verdicts.find((v) => v.key === key).value;
  const notMeasured = (title, key) => say(title, `Not measured: ${errors[key] ?? 'no data'} (the run's output says more).`);

  say('# Bantin performance benchmark', `_Written by \`make bench\` (bench/run.mjs) on ${(r.date ?? new Date().toISOString()).slice(0, 16).replace('T', ' ')} UTC in ${r.seconds} s, at commit ${r.machine.commit}. Raw figures: bench/work/results.json. KB = 1,024 bytes._`);

  say('## Machine', table(['CPU', 'cores', 'memory', 'Chromium', 'Lighthouse', 'Node', 'Rust', 'load average (1, 5, 15 min) at start → end'], [[r.machine.cpu, String(r.machine.cores), r.machine.memory, r.chromium ?? '?', lh?.version ?? '?', r.machine.node, r.machine.rustc.replace(/^rustc /, ''), `${r.machine.load} → ${r.machine.loadAfter}`]]));
  say('Times are medians over repetitions; on a machine with other work running (see the load average) single runs vary a lot, the medians much less. Chromium is the system one (`/usr/bin/chromium`), headless; the browser measurements block service workers (first visits).');

  say('## Budgets', table(['#', 'budget', 'measured', 'limit', 'result', 'over by'], verdicts.map((v) => v.cells)));
  say(`**${verdicts.length - failing.length - unmeasured.length} of ${verdicts.length} pass.** ${failing.length ? `Failing: ${failing.map((v) => v.cells[1]).join('; ')}.` : ''} ${unmeasured.length ? `Not measured: ${unmeasured.map((v) => v.cells[1]).join('; ')}.` : ''}`.trim());

  // 1 ----------------------------------------------------------------------
  if (!has('routes')) notMeasured('## 1. What each route downloads', 'routes');
  else {
    say('## 1. What each route downloads', 'Each route opened cold in a fresh context from bench/serve.mjs (brotli 11, window 24, as a CDN would), phone-sized; sizes from the page\'s own Resource Timing entries (response bodies on the wire, and decoded). Images, the icon and feed data are not counted. **Article, home and category** open with their static markup: their *first load* is what they fetched before the page\'s loader asked for the app (the mark `bantin:app-requested`, scripts/wasm.mjs), that is what the page needs to be read and its controls to work; the *take-over* is the app (its glue and main module), fetched after the page\'s `load` event, which then takes the page over. **Search, share, print and the widget** have no static page: everything until their view is drawn counts.');
    const rows = [];
    for (const [name, route] of Object.entries(r.routes)) {
      for (const phase of route.static ? [true, false] : [true]) {
        const files = route.files.filter((f) => f.first === phase);
        const kinds = ['HTML', 'CSS', 'JS', 'wasm'].map((kind) => {
          const of = files.filter((f) => f.kind === kind);
          return of.length ? `${kind} ${of.length}: ${kb(sumOf(of, 'wire'))}` : null;
        }).filter(Boolean).join('; ');
        rows.push([`${phase ? `**${name}**` : ''}`, phase ? (route.static ? 'first load' : 'until drawn') : 'take-over', String(files.length), int(sumOf(files, 'raw')), `${phase ? '**' : ''}${int(sumOf(files, 'wire'))}${phase ? '**' : ''}`, kinds]);
      }
    }
    say(table(['route', 'phase', 'files', 'raw', 'brotli', 'by kind (files: brotli)'], rows));
    const art = first('article');
    say('The article\'s first load, file by file:', table(['file', 'kind', 'raw', 'brotli'], art.map((f) => [`\`${f.path.length > 56 ? f.path.slice(0, 53) + '…' : f.path}\``, f.kind, int(f.raw), int(f.wire)])));
  }
  const tw = r.twiggy;
  if (!has('twiggy')) notMeasured('### What the main module holds (twiggy, by crate)', 'twiggy');
  else {
    say('### What the main module holds (twiggy, by crate)', `The main module, the only wasm an article needs (\`target/wasm-stage/split/bantin.wasm\`, as wasm-split-cli wrote it), through \`wasm-bindgen --keep-debug --keep-lld-exports\` and \`wasm-opt -Oz -g\`, then \`twiggy top -n 100000 -f csv\`; each item counted under the first path segment of its name, \`<Type as Trait>\` items under the crate of \`Type\` when it names one, else of \`Trait\` (\`<T as tachys::…::IntoAny>\` is tachys), the name section left out. The same build without \`-g\` is ${int(tw.plainSize)} B against ${int(tw.distSize)} B in dist/ (${tw.plainSize === tw.distSize ? 'identical: the figures describe the shipped wasm' : '**different: dist/ is not from this target/ build; rerun `make build`**'}); the items add up to ${int(tw.total)} B. Shallow sizes: generic code is counted in the crate that defines it, wherever it is instantiated from.`);
    const shown = tw.groups.filter((g) => g.bytes >= 1500);
    const rest = tw.groups.filter((g) => g.bytes < 1500);
    say(table(['crate', 'bytes', 'share', 'items'], [
      ...shown.map((g) => [g.crate, int(g.bytes), `${((100 * g.bytes) / tw.total).toFixed(1)}%`, String(g.items)]),
      [`${rest.length} others (${rest.map((g) => g.crate).slice(0, 8).join(', ')}, …)`, int(sumOf(rest, 'bytes')), `${((100 * sumOf(rest, 'bytes')) / tw.total).toFixed(1)}%`, String(sumOf(rest, 'items'))],
    ]));
    say('The largest single items:', table(['item', 'crate', 'bytes'], tw.top.map((t) => [`\`${t.name.replace(/::h[0-9a-f]{16}$/, '').replace(/\|/g, '\\|')}\``, t.crate, int(t.bytes)])));

  }

  // 2 ----------------------------------------------------------------------
  if (!has('lighthouse')) notMeasured('## 2. Lighthouse: app vs static page', 'lighthouse');
  else {
    const runs = lh.app.runs.length;
    say('## 2. Lighthouse: app vs static page', `Lighthouse ${lh.version}, default (mobile) preset: simulated Slow 4G and 4× CPU slowdown, performance category only, ${runs} runs of each page alternating, medians. Both pages come from bench/serve.mjs (brotli when the browser accepts it, else gzip; the CSP header of dist/). The app: \`${r.article}\` of the release build on its sample feed. The static page: bench/static-article.html, the same article written by hand with the markup the app renders, no script, ${r.staticSite.sameCss ? "dist's stylesheets (all of them, the same files)" : `dist's stylesheets **(not the same set: missing ${r.staticSite.missing.join(', ') || 'none'}, extra ${r.staticSite.extra.join(', ') || 'none'})**`} and the same image.`);
    const metric = (label, key, fmt) => [label, fmt(lh.app[key]), fmt(lh.static[key]), lh.app.runs.map((x) => fmt(x[key])).join(', '), lh.static.runs.map((x) => fmt(x[key])).join(', ')];
    const msf = (n) => int(n);
    say(table(['metric', 'app', 'static', 'app runs', 'static runs'], [
      metric('performance score', 'score', String),
      metric('First Contentful Paint (ms)', 'fcp', msf),
      metric('Largest Contentful Paint (ms)', 'lcp', msf),
      metric('Speed Index (ms)', 'si', msf),
      metric('Total Blocking Time (ms)', 'tbt', msf),
      metric('Cumulative Layout Shift', 'cls', (n) => n.toFixed(3)),
    ]));
    say(`LCP element: app \`${lh.app.runs[0].lcpElement.replace(/\s+/g, ' ')}\`, static \`${lh.static.runs[0].lcpElement.replace(/\s+/g, ' ')}\`.`);
    {
      const reqs = lh.app.runs[0].requests;
      const at = (test) => reqs.find((q) => test(q.path));
      const wasmReq = at((p) => p.endsWith('.wasm'));
      const feeds = reqs.filter((q) => q.path.endsWith('.json'));
      const chain = [at((p) => p === r.article), at((p) => p.endsWith('.js') && !p.endsWith('sw.js')), wasmReq, ...feeds].filter(Boolean);
      say('**Feed preload.** ' + (r.preload.preload
        ? `The app's page preloads the feed: \`${r.preload.preload}\`.`
        : `The app's page does **not** preload the feed (no \`<link rel="preload" as="fetch" href="${r.preload.feed}" crossorigin>\`), so the feed request starts only once the wasm has downloaded, compiled and run, one more round trip in series before anything of the article can paint. It should: add that tag to index.html (crossorigin, because the app's fetch is a CORS-mode request and the preload must match it to be reused).`),
        '', `Requests of the app's article view in the first run (observed, unthrottled times from navigation start):`, '',
        table(['request', 'type', 'transfer', 'start (ms)', 'end (ms)'], chain.map((q) => [`\`${q.path.length > 48 ? q.path.slice(0, 45) + '…' : q.path}\``, q.type ?? '', int(q.transfer), int(q.start), int(q.end)])));
      if (feeds.length > 1) say(`The article view fetches ${feeds.length} feed documents (${feeds.map((f) => `\`${f.path}\``).join(', ')}) although the article is in the first one: on a feed without a layout the article view reads on until its related list is full (src/api/chain.rs), and each document is one more request in series on Slow 4G.`);
  }

  }

  if (!has('quality')) notMeasured('### Accessibility and best practices', 'quality');
  else {
    say('### Accessibility and best practices', `Lighthouse ${lh?.version ?? 12}, default (mobile) preset, the accessibility and best-practices categories, one run of each page of the release build on its sample feed (these audits do not depend on timing).`);
    say(table(['page', 'URL', 'accessibility', 'best practices', 'audits not passed'], Object.entries(q).map(([page, x]) => [page, `\`${new URL(x.url).pathname}\``, String(x.scores.accessibility), String(x.scores['best-practices']), x.failing.length ? x.failing.map((f) => `${f.id} (${f.title.replace(/\|/g, '\\|')})`).join('; ') : 'none'])));
  }

  // 3 ----------------------------------------------------------------------
  const p = r.parse;
  if (!has('parse')) notMeasured('## 3. Feed parsing in the browser', 'parse');
  else {
    say('## 3. Feed parsing in the browser', `A listing feed of ${bytes(p.bytes)} (${int(p.items)} items with summaries, no bodies: \`bantin-tool generate\` of 10,000 articles with \`content_html\` dropped, items taken until 4 MB). tests/parse_bench.rs, run by \`cargo test --release --target wasm32-unknown-unknown --test parse_bench\` (wasm-bindgen-test, headless Chromium, release profile: opt-level z, LTO), times with \`performance.now()\`, ${p.parse_page_ms.length} repetitions after 3 warm-up rounds, the three interleaved, medians:`);
    say(table(['what', 'median', 'min', 'max'], [
      ['`bantin::feed::parse_page` (serde_json + the content model, what the app runs)', ms(p.median.parse_page), ms(Math.min(...p.parse_page_ms)), ms(Math.max(...p.parse_page_ms))],
      ['of which `api::wire::parse_document` (serde_json alone)', ms(p.median.parse_document), ms(Math.min(...p.parse_document_ms)), ms(Math.max(...p.parse_document_ms))],
      ['`JSON.parse(new TextDecoder().decode(bytes))`', ms(p.median.json_parse), ms(Math.min(...p.json_parse_ms)), ms(Math.max(...p.json_parse_ms))],
    ]));
    say(`Ratio parse_page / JSON.parse: **${ratio(p.median.parse_page / p.median.json_parse)}**; serde_json alone: ${ratio(p.median.parse_document / p.median.json_parse)}. ${p.median.parse_page > 1.5 * p.median.parse_document ? `Most of parse_page is not serde_json but the conversion of the decoded document into the content model (\`feed::convert\`): ${ms(p.median.parse_page - p.median.parse_document)} of ${ms(p.median.parse_page)}.` : `The conversion into the content model (\`feed::convert\`, URLs resolved by \`config::resolver\`) takes ${ms(p.median.parse_page - p.median.parse_document)} of it.`}`);

  }

  // 4 ----------------------------------------------------------------------
  if (!has('bytes')) notMeasured('## 4. Feed bytes: home page and one article, 10,000 vs 20 articles', 'bytes');
  else {
    say('## 4. Feed bytes: home page and one article, 10,000 vs 20 articles', `Two layouts by \`bantin-tool layout\` (${settings.layoutPageSize} a page; the 10k one is \`make archive\`'s, the 20 one generated with the same seed, so both open the same newest article), each served over a copy of dist/ with its files at the site root. Playwright opens \`/\` in a fresh context, clicks the first article and waits until the network is idle; the figures are the bytes on the wire (compressed body and headers) of every \`*.json\` request. Two visits each fetched the same bytes.`);
    const rows = [];
    for (const name of ['10k', '20']) {
      for (const q of r.bytes[name].requests) rows.push([name, q.step, `\`${q.path}\``, q.items == null ? '' : String(q.items), int(q.wire), int(q.decoded), q.encoding]);
      rows.push([`**${name}**`, '**total**', '', '', `**${int(r.bytes[name].wire)}**`, `**${int(r.bytes[name].decoded)}**`, '']);
  }
  say(table(['archive', 'step', 'request', 'items', 'wire bytes', 'decoded bytes', 'encoding'], rows));
  {
    const b10 = r.bytes['10k'].requests;
    const b20 = r.bytes['20'].requests;
    const notes = [];
    for (const q of b10) {
      const other = b20.find((x) => x.path === q.path || (x.path.startsWith('/articles/') && q.path.startsWith('/articles/')));
      if (other && q.items != null && other.items != null && q.items !== other.items) notes.push(`\`${q.path}\` holds ${q.items} items in the 10k archive and ${other.items} in the 20 one`);
    }
    say(`Ratio: **${ratio(value('bytesRatio'))}**, with ${b10.length} and ${b20.length} requests. No request grows with the archive beyond a full page; where the documents differ it is in how full they are: ${notes.length ? notes.join('; ') : 'here they hold the same number of items'}.`);
  }

  }

  // 5 ----------------------------------------------------------------------
  if (!has('keystrokes')) notMeasured('## 5. Search as the reader types', 'keystrokes');
  else {
    say('## 5. Search as the reader types', `\`/tim-kiem\` over the 10k archive, the CPU throttled ${r.settings.cpuThrottle}× (CDP \`Emulation.setCPUThrottlingRate\`), each query typed one key at a time in a fresh page, ${r.settings.keystrokeRepetitions} times after one run not counted (the server compresses each index file on its first request and keeps it, as a CDN serves them compressed ahead; the browser is cold in every run). After each keystroke that changes the query (not a trailing space, not a single letter, which shows the hint) the benchmark waits for the app's next \`bantin:search\` measure (input event → results in the page, src/pages/search.rs; a PerformanceObserver wakes the wait, no sleeps) and reads its duration. It includes fetching index files from the local server when a keystroke needs a new one, but not writing the address bar, which the app does in a task of its own after the results are drawn.`);
    const krows = [];
    for (const q of r.keystrokes) {
      const steps = q.runs[0].map((k) => k.typed);
      for (const [i, typed] of steps.entries()) {
        const times = q.runs.map((run) => run[i]?.ms).filter((x) => x != null);
        krows.push([`\`${typed}\``, ms(median(times)), ms(Math.max(...times)), times.map((t) => t.toFixed(1)).join(', ')]);
      }
  }
  say(table(['typed', 'median', 'max', 'runs (ms)'], krows));
  {
    const first = r.keystrokes.flatMap((q) => q.runs.map((run) => run[0].ms));
    const later = r.keystrokes.flatMap((q) => q.runs.flatMap((run) => run.slice(1).map((k) => k.ms)));
    say(`All ${keystrokes.length} measured keystrokes: median **${ms(median(keystrokes))}**, max **${ms(Math.max(...keystrokes))}**. The first measured keystroke of a query (its first terms shard fetched and parsed; search/meta.json and the newest docs chunk load while the box is still empty) has a median of ${ms(median(first))}; the others ${ms(median(later))} (max ${ms(Math.max(...later))}), the slow ones being those that start a new word and so fetch and parse a new terms shard.`);
  }
  }
  if (!has('searchBytes')) notMeasured('**Index bytes per query, 100,000 articles**', 'searchBytes');
  else {
    say('**Index bytes per query, 100,000 articles** (`bantin-tool generate --articles 100000` + `layout`): the requests of opening `/tim-kiem?q=…` cold (the search whole at once), and of typing the query letter by letter (the bodies searched once typing pauses), in wire bytes. "Head" is the index of titles, leads and categories (meta.json, terms shards, docs chunks): what every search fetched before full text, and all a search fetches while the reader types. "Bodies" is the body words\' files and \`recent.json\` (the bodies added since those were written); "snippets" the shown results\' article documents.');
    const kind = (s, k) => (s[k] ? `${int(s[k].wire)} (${s[k].files})` : '—');
    say(table(['query', 'results', 'head, opened (files)', 'bodies, opened (files)', 'snippets, opened (docs)', 'all, opened', 'decoded, opened', 'all, typed'], r.searchBytes.map((s) => [`\`${s.query}\``, int(Number(s.summary.match(/^Tìm thấy ([\d.]+)/)?.[1].replace(/\./g, '') ?? 0)), kind(s.direct, 'head'), kind(s.direct, 'body'), kind(s.direct, 'snippets'), int(s.direct.wire), int(s.direct.decoded), int(s.typed.wire)])));
  }

  // 6 ----------------------------------------------------------------------
  if (!has('listing')) notMeasured('## 6. Rendering a listing page of 50', 'listing');
  else {
    say('## 6. Rendering a listing page of 50', `A layout of the 10,000 articles with 50 a page. A full older page of the home listing (\`/trang/<n>\`, pages being counted from the oldest article) loads unthrottled; then, with the CPU throttled ${r.settings.cpuThrottle}×, the benchmark clicks "Xem thêm" (a client-side navigation to the page before it, full too) and waits, inside the page with a MutationObserver and two animation frames, until its 50 cards are there. Script time is the CDP \`Performance.getMetrics\` \`ScriptDuration\` delta over that span (time waiting for the network is not script time); "after data" is the wall time from that page's feed document arriving to the cards painted. ${l.length} runs, medians:`);
    say(table(['', 'median', 'runs'], [
      ['scripting (ScriptDuration)', `**${ms(med('scriptMs'))}**`, l.map((x) => x.scriptMs.toFixed(0)).join(', ')],
      ['all main-thread tasks (TaskDuration)', ms(med('taskMs')), l.map((x) => x.taskMs.toFixed(0)).join(', ')],
      ['layout', ms(med('layoutMs')), l.map((x) => x.layoutMs.toFixed(0)).join(', ')],
      ['style recalculation', ms(med('styleMs')), l.map((x) => x.styleMs.toFixed(0)).join(', ')],
      ['wall, click → painted', ms(med('wall')), l.map((x) => x.wall.toFixed(0)).join(', ')],
      ['wall, data arrived → painted', ms(med('afterData')), l.map((x) => (x.afterData ?? NaN).toFixed(0)).join(', ')],
    ]));
  }

  // 7 ----------------------------------------------------------------------
  const pt = r.paint;
  if (!has('paint')) notMeasured('## 7. The article\'s last paragraph painted', 'paint');
  else {
    say('## 7. The article\'s last paragraph painted', `The same two pages as section 2, each opened ${pt.runs.app.length} times alternating in a fresh context with Lighthouse's mobile throttling applied in the browser (CDP: Slow 4G as Lighthouse's DevTools throttling sets it, 562.5 ms round trip and 1.44 Mbit/s down; the CPU 4× slower), a 412 × 12,000 px viewport so the whole article is on screen. A script given to the page before its own marks every paragraph for Element Timing as it is inserted; the figure is the earliest paint of the paragraph starting "${pt.prefix}", in milliseconds from navigation. On the app's page that is its static markup (the app takes it over later without repainting anything different).`);
    say(table(['', 'app', 'static', 'app runs', 'static runs'], [['last paragraph painted (ms)', int(pt.app), int(pt.static), pt.runs.app.map(int).join(', '), pt.runs.static.map(int).join(', ')]]));
  }

  // 8 ----------------------------------------------------------------------
  const pb = r.publish;
  if (!has('publish')) notMeasured('## 8. Publishing 100,000 articles', 'publish');
  else {
    say('## 8. Publishing 100,000 articles', `\`bantin-tool publish --layout always\` of \`bantin-tool generate --articles 100000 --seed 1\` into a folder holding only the build's app.html, then again with one new article (newest, in the newest article's category) added to the feed. The tool's own summaries:`);
    say(table(['run', 'wall time', 'files written', 'unchanged', 'removed'], [
      ['first', `${pb.first.seconds.toFixed(1)} s`, int(pb.first.written), int(pb.first.unchanged), int(pb.first.removed)],
      ['one new article', `${pb.again.seconds.toFixed(1)} s`, int(pb.again.written), int(pb.again.unchanged), int(pb.again.removed)],
    ]));
    say(`Output: ${int(pb.output.files)} files, ${(pb.output.bytes / 1024 / 1024).toFixed(0)} MB (${pb.first.articles.toLocaleString('en-US')} article pages, ${pb.first.listings.toLocaleString('en-US')} listing pages, the static layout, sitemaps, RSS).`, '', `\`${pb.first.line}\``, '', `\`${pb.again.line}\``);
  }

  // Findings ---------------------------------------------------------------
  const fails = new Set(failing.map((v) => v.key));
  const findings = [];
  if (r.preload && !r.preload.preload) findings.push(`**Preload the feed**: index.html has no \`<link rel="preload" as="fetch" href="${r.preload.feed}" crossorigin>\`, so the feed is requested only after the wasm has run (section 2). The benchmark does not change index.html.`);
  if ((fails.has('transfer') || fails.has('articleWasm') || fails.has('home') || fails.has('category')) && has('routes')) {
    findings.push(`**Size** (section 1): the article's first load is ${kb(transfer)}, its take-over ${kb(articleWasm)} of wasm; home ${kb(firstWire('home'))}, category ${kb(firstWire('category'))}.`);
  }
  if (fails.has('lcpRatio') || fails.has('score')) {
    findings.push(`**LCP and score**: the app's article page has LCP ${int(lh.app.lcp)} ms against the static page's ${int(lh.static.lcp)} ms, score ${lh.app.score}; the LCP element is \`${lh.app.runs[0].lcpElement.replace(/\s+/g, ' ')}\`, first contentful paint ${int(lh.app.fcp)} ms against ${int(lh.static.fcp)} ms (section 2).`);
  }
  if (fails.has('cls')) {
    const shifts = lh.app.runs[0].shifts;
    const described = shifts.map((x) => `\`${x.element}\` ${x.score.toFixed(3)}${x.causes.length ? ` (Lighthouse: ${x.causes.join(', ').toLowerCase()})` : ''}`).join('; ');
    findings.push(`**CLS ${lh.app.cls.toFixed(3)}** (budget 5; the static page with the same CSS: ${lh.static.cls.toFixed(3)}): ${shifts.length} shift${shifts.length === 1 ? '' : 's'}: ${described}. The app paints its loading view first and the article after it; whatever follows the view (the footer) moves down when the article arrives. A loading view at least as tall as the screen (e.g. a min-height on main while loading) would keep the footer out of view until then.`);
  }
  if (fails.has('tbt')) findings.push(`**TBT ${int(lh.app.tbt)} ms** (budget 6): long tasks while the wasm compiles and the view renders.`);
  if (fails.has('parseRatio')) findings.push(`**Parsing** (budget 7): parse_page takes ${ratio(value('parseRatio'))} JSON.parse's time, but serde_json alone takes ${ratio(p.median.parse_document / p.median.json_parse)}: the conversion into the content model (\`feed::convert\`, ${ms(p.median.parse_page - p.median.parse_document)} for ${int(p.items)} items) is what to make cheaper (section 3).`);
  if (fails.has('bytesRatio')) findings.push(`**Feed bytes** (budget 8): ${ratio(value('bytesRatio'))}, with ${r.bytes['10k'].requests.length} and ${r.bytes['20'].requests.length} requests; the home page alone is ${ratio(r.bytes['10k'].home / r.bytes['20'].home)} (section 4).`);
  if (fails.has('keystrokeMedian') || fails.has('keystrokeMax')) findings.push(`**Search keystrokes** (budgets 9, 10): median ${ms(value('keystrokeMedian'))}, max ${ms(value('keystrokeMax'))}. The slow keystrokes are those that need a terms shard the app has not loaded yet (the first two letters of each word): fetching and parsing it happens between the keystroke and the results (section 5). Every other keystroke is served from what is loaded.`);
  for (const key of ['accessibility', 'bestPractices']) {
    if (fails.has(key)) findings.push(`**${budgets[key].label}**: ${verdicts.find((v) => v.key === key).cells[2]}; the audits not passed are listed in section 2.`);
  }
  if (fails.has('paintRatio')) findings.push(`**Last paragraph** (budget ${Object.keys(budgets).indexOf('paintRatio') + 1}): ${int(pt.app)} ms against ${int(pt.static)} ms (section 7).`);
  if (fails.has('publishSeconds')) findings.push(`**Publish time** (section 8): ${pb.first.seconds.toFixed(1)} s for ${int(pb.first.written)} files of ${(pb.output.bytes / 1024 / 1024).toFixed(0)} MB.`);
  if (fails.has('publishAgain')) findings.push(`**Publishing again** (section 8): one new article rewrote ${int(pb.again.written)} files. Listing pages keep their articles (counted from the oldest), related lists hold older articles, the most read are not in article pages and a new article's body words go to \`search/recent.json\`: what is left is the newest pages of its listings, its head words' terms shards, sitemaps and RSS. A count this high means one of those no longer holds; the second run's summary in section 8 says which folders.`);
  if (fails.has('listing')) findings.push(`**Listing render** (budget 11): ${ms(value('listing'))} of script for 50 cards at 4× CPU, ${ms(med('afterData'))} of wall time from the page's data arriving to its cards painted (section 6).`);
  say('## What the figures point at', findings.map((f) => `- ${f}`).join('\n'));

  return {
    markdown: out.join('\n'),
    passed: verdicts.length - failing.length - unmeasured.length,
    total: verdicts.length,
    summary: verdicts.map((v) => `${v.error ? 'ERROR' : v.pass ? 'PASS' : 'FAIL'} ${v.cells[1]}: ${v.cells[2]} (${v.cells[3]})`),
  };
}
