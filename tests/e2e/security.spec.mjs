// Feed HTML never runs script: every XSS vector from ../shared/vectors (and our
// own) goes through the real article view, with alert & co. trapped. The same
// H5SC vectors inserted unsanitised in the same browser are the positive
// control: they show the traps do catch what fires.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { canonical } from './markup.mjs';

/** The tool that writes the static pages (`make archive` builds it). */
const TOOL = new URL('../../target/release/bantin-tool', import.meta.url).pathname;

/** A body as the static pages carry it: the sanitiser's native walk. */
function nativeWalk(html, feedUrl, origin) {
  const run = spawnSync(TOOL, ['sanitize', '--base-url', feedUrl, '--site-url', origin], { input: html, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`bantin-tool sanitize: ${run.stderr}`);
  return run.stdout;
}

const vectorsDir = new URL('../../../shared/vectors/', import.meta.url);
const haveVectors = existsSync(vectorsDir);
const read = (url) => JSON.parse(readFileSync(url, 'utf8'));

const ALLOWED = new Set(('p h2 h3 h4 h5 h6 blockquote ul ol li dl dt dd figure figcaption img a br hr strong b em i u s '
  + 'small mark q cite abbr sub sup code pre kbd table caption thead tbody tfoot tr th td time video audio source track '
  + 'picture').split(' '));

/** Runs in every frame before its scripts: records what a payload would do. */
function installTraps() {
  const top = (() => { try { return window.top.__xss ? window.top : window; } catch { return window; } })();
  window.__xss = window.__xss ?? [];
  const record = (what) => (...args) => {
    try { top.__xss.push(`${what}(${String(args[0]).slice(0, 60)})`); } catch { window.__xss.push(what); }
  };
  for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) window[name] = record(name);
  document.write = record('document.write');
  document.writeln = record('document.writeln');
  const fetch = window.fetch;
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input, location.href);
    if (url.origin !== location.origin) record('fetch')(url.href);
    return fetch(input, init);
  };
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    if (new URL(url, location.href).origin !== location.origin) record('xhr')(url);
    return open.call(this, method, url, ...rest);
  };
  navigator.sendBeacon = record('sendBeacon');
}

/** Lets what a payload set in motion happen: images settle, two frames pass.
 *  (Lazy images off screen never load, so they are not waited for.) */
async function settle(page) {
  await page.evaluate(async () => {
    const images = [...document.images].filter((img) => !img.complete && img.loading !== 'lazy');
    await Promise.all(images.map((img) => new Promise((done) => {
      img.addEventListener('load', done, { once: true });
      img.addEventListener('error', done, { once: true });
    })));
    for (let i = 0; i < 2; i += 1) await new Promise((done) => requestAnimationFrame(done));
  }).catch(() => { /* a trigger navigated away; the caller notices */ });
}

async function runTrigger(page, trigger) {
  if (!trigger) return;
  await page
    .evaluate((code) => { try { (0, eval)(code); } catch { /* the element it wants is gone */ } }, trigger)
    .catch(() => { /* it navigated away */ });
  await settle(page);
}

const vectorSets = () => {
  const dompurify = read(new URL('dompurify-vectors.json', vectorsDir))
    .map((v) => ({ id: `dp-${v.index}`, set: 'dompurify', payload: v.payload, alert: v.alert }));
  const h5sc = read(new URL('h5sc-vectors.json', vectorsDir))
    .map((v) => ({ id: `h5-${v.id}`, set: 'h5sc', payload: v.data, trigger: v.trigger }));
  return { dompurify, h5sc };
};
const own = read(new URL('../fixtures/xss-own.json', import.meta.url))
  .map((v, i) => ({ id: `own-${i}`, set: 'own', payload: v.payload, name: v.name }));

test.describe('sanitiser against XSS vectors', () => {
  test.skip(({ isMobile }) => isMobile, 'the browser engine is the same; run once');
  test.use({ allowedConsoleErrors: ['Failed to load resource'] });

  test('no vector executes through the article view, and nothing dangerous survives', async ({ page }) => {
    test.setTimeout(240_000);
    if (!haveVectors) console.log(`SKIPPED: ${vectorsDir.pathname} is missing; only our own vectors run`);
    const { dompurify, h5sc } = haveVectors ? vectorSets() : { dompurify: [], h5sc: [] };
    const vectors = [...dompurify, ...h5sc, ...own];

    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Vectors',
      items: vectors.map((v) => ({ id: v.id, title: `Vector ${v.id}`, content_html: v.payload })),
    };
    await page.addInitScript(installTraps);
    let dialogs = 0;
    page.on('dialog', (dialog) => { dialogs += 1; dialog.dismiss(); });
    await page.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
    await page.route('**/feed.json', (route) => route.fulfill({ json: feed }));
    // The sanitiser alone is under test here: take the page's CSP away.
    await page.route((url) => !url.pathname.includes('.'), async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      await route.fulfill({ response, body, headers: { ...response.headers(), 'content-security-policy': '' } });
    });

    await page.goto('/');
    const executed = { dompurify: [], h5sc: [], own: [] };
    const survivors = [];
    const differences = [];
    for (const vector of vectors) {
      const href = `/bai-viet/${vector.id}`;
      await page.evaluate((to) => {
        window.__xss = [];
        history.pushState(null, '', to);
        dispatchEvent(new PopStateEvent('popstate'));
      }, href);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Vector ${vector.id}`);
      await settle(page);
      await runTrigger(page, vector.trigger);
      const fired = await page.evaluate(() => window.__xss ?? []).catch(() => []);
      if (fired.length) executed[vector.set].push(`${vector.id}: ${fired.join(', ')}`);
      const bad = await page.evaluate((allowed) => {
        const found = [];
        const body = document.querySelector('[data-testid="article-body"]');
        // The paragraph link controls are the app's own, not the feed's.
        for (const el of body?.querySelectorAll('*:not(.para-share)') ?? []) {
          const tag = el.localName;
          // The facade of an embedded player is the walk's own markup.
          const facade = tag === 'span' && el.closest('.player');
          if (!allowed.includes(tag) && !facade) found.push(`<${tag}>`);
          for (const { name, value } of el.attributes) {
            if (name.startsWith('on')) found.push(`${tag}[${name}]`);
            const isUrl = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data'].includes(name);
            if (isUrl && /^\s*(javascript|vbscript|data:text)/i.test(value)) found.push(`${tag}[${name}=${value.slice(0, 30)}]`);
          }
        }
        return found;
      }, [...ALLOWED]);
      if (bad.length) survivors.push(`${vector.id}: ${bad.join(' ')}`);
      // The static pages' walk must give the same article as the app's:
      // the live tree of the article's body, against the tool's output.
      const origin = new URL(page.url()).origin;
      const native = nativeWalk(vector.payload, `${origin}/feed.json`, origin);
      const [ours, theirs] = await page.evaluate(({ markup, origin, fn }) => {
        const canonicalForm = eval(`(${fn})`);
        // An article whose body is left empty has none.
        const body = document.querySelector('[data-testid="article-body"]')?.cloneNode(true) ?? document.createDocumentFragment();
        for (const control of body.querySelectorAll('.para-share')) control.remove();
        for (const p of body.querySelectorAll('p[id^="doan-"]')) p.removeAttribute('id');
        return [canonicalForm(body, origin), canonicalForm(markup, origin)];
      }, { markup: native, origin, fn: canonical.toString() });
      if (ours !== theirs) differences.push({ id: vector.id, browser: ours, native: theirs });
      // A trigger that follows a (safe) link leaves the article: come back.
      if (new URL(page.url()).pathname !== href) await page.goto('/');
    }

    const alertVectors = dompurify.filter((v) => v.alert).length;
    const control = haveVectors ? await positiveControl(page.context(), h5sc) : 0;
    console.log(
      `sanitiser: ${executed.dompurify.length}/${alertVectors} DOMPurify alert vectors executed `
      + `(${dompurify.length} payloads checked), ${executed.h5sc.length}/${h5sc.length} H5SC `
      + `(positive control ${control}/${h5sc.length} fire unsanitised), `
      + `${executed.own.length}/${own.length} own vectors; `
      + `${survivors.length} outputs with a disallowed element, on* attribute or script URL; ${dialogs} dialogs; `
      + `the app's and the static pages' walks agree on ${vectors.length - differences.length}/${vectors.length}`,
    );
    for (const d of differences) console.log(`walks differ on ${d.id}:\n  browser: ${d.browser}\n  native:  ${d.native}`);
    expect(executed).toEqual({ dompurify: [], h5sc: [], own: [] });
    expect(survivors).toEqual([]);
    expect(dialogs).toBe(0);
    if (haveVectors) expect(control, 'the traps catch vectors that do fire').toBeGreaterThan(0);
    expect(differences.map((d) => d.id), 'the two walks give the same tree').toEqual([]);
  });
});

/** How many H5SC vectors fire when inserted with innerHTML, unsanitised.
 *  Each goes into a sandboxed frame (scripts on, dialogs and top-level
 *  navigation off) of a page of its own, so a vector can neither block on a
 *  real dialog nor take the page away, nor leave state that upsets the next
 *  (Chromium 156 crashes on H5SC 139 after 51 in the same page). A dialog
 *  it opens from a frame of its own, which the traps do not reach, shows as
 *  Chromium's "Ignored call to 'alert()'". */
async function positiveControl(context, vectors) {
  let fired = 0;
  for (const vector of vectors) {
    const page = await context.newPage();
    let ignoredDialogs = 0;
    page.on('console', (message) => {
      if (/Ignored call to '(alert|confirm|prompt|print)\(\)'/.test(message.text())) ignoredDialogs += 1;
    });
    await page.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
    await page.setContent('<!doctype html><html><body></body></html>');
    const trapped = await page.evaluate(async ({ html, trigger, traps }) => {
      const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const frame = document.createElement('iframe');
      frame.sandbox = 'allow-scripts allow-same-origin';
      document.body.append(frame);
      const win = frame.contentWindow;
      win.eval(`(${traps})()`);
      win.document.body.innerHTML = html;
      // Wait for what loads asynchronously (images, media sources, frames) to
      // load or fail, so their handlers have had their chance to fire; a
      // resource that never reports back is given up after 30 frames.
      const settled = (target, events) => new Promise((done) => {
        for (const event of events) target.addEventListener(event, done, { once: true });
      });
      const doc = win.document;
      const pending = [
        ...[...doc.images].filter((img) => !img.complete).map((img) => settled(img, ['load', 'error'])),
        ...[...doc.querySelectorAll('video, audio')].filter((m) => m.readyState === 0 && !m.querySelector('source'))
          .map((m) => settled(m, ['loadedmetadata', 'error'])),
        // A source reports its failure in a task of its own, even after the
        // element has given up: wait for that task.
        ...[...doc.querySelectorAll('source')].map((source) => settled(source, ['error'])),
        ...[...doc.querySelectorAll('iframe, object, embed')].map((f) => settled(f, ['load', 'error'])),
      ];
      let bound = Promise.resolve();
      for (let i = 0; i < 30; i += 1) bound = bound.then(() => new Promise((done) => requestAnimationFrame(done)));
      await Promise.race([Promise.all(pending), bound]);
      await frames();
      if (trigger) {
        try { win.eval(trigger); } catch { /* the element it wants is not there */ }
        await frames();
      }
      const calls = win.__xss?.length ?? 0;
      frame.remove();
      return calls;
    }, { html: vector.payload, trigger: vector.trigger, traps: installTraps.toString() });
    if (trapped > 0 || ignoredDialogs > 0) fired += 1;
    await page.close();
  }
  return fired;
}
