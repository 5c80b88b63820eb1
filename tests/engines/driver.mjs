// One page API over two engines: Firefox ESR driven by puppeteer-core over
// WebDriver BiDi, and WebKitGTK's MiniBrowser over classic WebDriver. Each
// page is isolated: a new browser context (Firefox) or a new session with a
// new MiniBrowser (WebKit), so no storage, cookie or worker is shared.
import { PNG } from 'pngjs';
import puppeteer from 'puppeteer-core';
import { ELEMENT, Session, startWebKitDriver } from './webdriver.mjs';

const FIND_TIMEOUT = 10_000;

// Scripts that run in the page. They are sent as source, so they use only
// their arguments.

/** The first element matching `selector` (and whose trimmed text is `text`, when given), once there is one. */
function waitForElement(selector, text, timeout) {
  const find = () => [...document.querySelectorAll(selector)]
    .find((el) => text === null || el.textContent.trim() === text);
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + timeout;
    const look = () => {
      const found = find();
      if (found) resolve(found);
      else if (Date.now() > deadline) reject(new Error(`no element ${selector}${text === null ? '' : ` with text "${text}"`}`));
      else setTimeout(look, 25);
    };
    look();
  });
}

/** Scrolls `element` to the middle of the viewport and returns its box there, in whole pixels. */
function centre(element) {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const r = element.getBoundingClientRect();
  const x = Math.max(0, Math.floor(r.left));
  const y = Math.max(0, Math.floor(r.top));
  return {
    x, y,
    width: Math.min(Math.ceil(r.right), innerWidth) - x,
    height: Math.min(Math.ceil(r.bottom), innerHeight) - y,
  };
}

/** Whether the app has settled on a page that opened with its static markup (see `Page.goto`). */
const appSettled = () => !document.getElementById('first-view')
  || Boolean(document.querySelector('#app [data-testid="load-error"], #app [data-testid="not-found"]'));

const nextPaint = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

const readTexts = (selector) => [...document.querySelectorAll(selector)].map((el) => el.textContent.trim());
const readAttribute = (selector, name) => document.querySelector(selector)?.getAttribute(name) ?? null;

/** What both backends share: reading the page and acting on elements found by CSS. */
class Page {
  constructor(origin) {
    this.origin = origin;
  }

  resolve(path) {
    return new URL(path, this.origin).href;
  }

  /**
   * Opens `path`. A page that opens with its static markup (#first-view) is
   * taken over by the app once the app has its content; this waits until the
   * app has settled: taken the page over, or, with an error or not-found of
   * its own, left it as it is.
   */
  async goto(path) {
    await this.load(path);
    await this.poll(() => this.settled(), 'the app did not settle on the page');
  }

  /** Loads the page again, and waits as `goto` does. */
  async reload() {
    await this.refresh();
    await this.poll(() => this.settled(), 'the app did not settle on the page');
  }

  /**
   * Whether the app has settled. A page that sends the reader on (an
   * article's old address) may unload while this runs: not settled yet.
   */
  async settled() {
    try {
      return await this.run(appSettled);
    } catch (error) {
      if (/unload|no such frame|context was destroyed|navigat/i.test(error.message)) return false;
      throw error;
    }
  }

  /** Waits until `condition()` resolves true. */
  async poll(condition, failure, { timeout = 20_000 } = {}) {
    const deadline = Date.now() + timeout;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(failure);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Runs `fn(...args)` in the page (or the frame entered) and returns its JSON result. */
  evaluate(fn, ...args) {
    return this.run(fn, ...args);
  }

  async texts(selector) {
    return this.run(readTexts, selector);
  }

  /** The trimmed textContent of the first match, or null. */
  async text(selector) {
    return (await this.texts(selector))[0] ?? null;
  }

  async count(selector) {
    return (await this.texts(selector)).length;
  }

  attr(selector, name) {
    return this.run(readAttribute, selector, name);
  }

  find(selector, text = null) {
    return this.element(waitForElement, selector, text, FIND_TIMEOUT);
  }

  /** A trusted click on the first match, waiting for it to exist. */
  async click(selector) {
    await this.clickElement(await this.find(selector));
  }

  /** Chooses the option with `value` in the first <select> that matches, as a reader does. */
  async select(selector, value) {
    await this.chooseOption(await this.find(selector), value);
  }

  /** A trusted click on the first match whose text is `text`. */
  async clickText(selector, text) {
    await this.clickElement(await this.find(selector, text));
  }

  /** Focuses the first match and types `text` as key events. */
  async type(selector, text) {
    await this.typeInto(await this.find(selector), text);
  }

  /**
   * A PNG of the viewport, or of the first match: cut from the viewport's, as
   * WebKitWebDriver's element screenshots come out black. Call it in the top page.
   */
  async screenshot(selector) {
    const box = selector && (await this.run(centre, await this.find(selector)));
    // WebKitWebDriver can return the frame before the last change is painted.
    await this.run(nextPaint);
    if (!box) return this.capture();
    const viewport = PNG.sync.read(await this.capture());
    const part = new PNG({ width: box.width, height: box.height });
    PNG.bitblt(viewport, part, box.x, box.y, box.width, box.height, 0, 0);
    return PNG.sync.write(part);
  }

  /** Runs `body(frame)` inside the iframe matching `selector`, then comes back. */
  async inFrame(selector, body) {
    const frame = await this.enterFrame(await this.find(selector));
    try {
      return await body(frame);
    } finally {
      await this.leaveFrame();
    }
  }
}

class FirefoxPage extends Page {
  constructor(origin, page, target = page) {
    super(origin);
    this.page = page;
    this.target = target;
  }

  async run(fn, ...args) {
    return this.target.evaluate(fn, ...args);
  }

  async element(fn, ...args) {
    return (await this.target.evaluateHandle(fn, ...args)).asElement();
  }

  async load(path) {
    await this.page.goto(this.resolve(path), { waitUntil: 'load' });
  }

  url() {
    return this.run(() => location.href);
  }

  async refresh() {
    await this.page.reload({ waitUntil: 'load' });
  }

  async back() {
    await this.page.goBack();
  }

  async forward() {
    await this.page.goForward();
  }

  async clickElement(handle) {
    await handle.click();
  }

  async typeInto(handle, text) {
    await handle.type(text);
  }

  async chooseOption(handle, value) {
    await handle.select(value);
  }

  async press(key) {
    await this.page.keyboard.press(key);
  }

  async setSize(width, height) {
    await this.page.setViewport({ width, height });
  }

  async capture() {
    return Buffer.from(await this.page.screenshot({ type: 'png' }));
  }

  async setCookie(name, value) {
    await this.page.browserContext().setCookie({ name, value, domain: new URL(this.origin).hostname, path: '/' });
  }

  async clearCookie(name) {
    await this.page.browserContext().deleteMatchingCookies({ name, domain: new URL(this.origin).hostname });
  }

  async enterFrame(handle) {
    return new FirefoxPage(this.origin, this.page, await handle.contentFrame());
  }

  async leaveFrame() {}

  async close() {
    await this.page.browserContext().close();
  }
}

const KEYS = { Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', ArrowLeft: '\uE012', ArrowRight: '\uE014' };

class WebKitPage extends Page {
  constructor(origin, session) {
    super(origin);
    this.session = session;
  }

  run(fn, ...args) {
    return this.session.run(fn, ...args);
  }

  element(fn, ...args) {
    return this.session.run(fn, ...args);
  }

  async load(path) {
    await this.session.send('POST', '/url', { url: this.resolve(path) });
  }

  url() {
    return this.session.send('GET', '/url');
  }

  async refresh() {
    await this.session.send('POST', '/refresh');
  }

  async back() {
    await this.session.send('POST', '/back');
  }

  async forward() {
    await this.session.send('POST', '/forward');
  }

  async clickElement(ref) {
    await this.session.send('POST', `/element/${ref[ELEMENT]}/click`);
  }

  async typeInto(ref, text) {
    await this.session.send('POST', `/element/${ref[ELEMENT]}/value`, { text });
  }

  /** WebDriver defines a click on an <option> as choosing it. */
  async chooseOption(ref, value) {
    const option = await this.run((select, v) => [...select.options].find((o) => o.value === v), ref, value);
    await this.clickElement(option);
  }

  async press(key) {
    const value = KEYS[key] ?? key;
    await this.session.send('POST', '/actions', {
      actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }],
    });
  }

  /**
   * Sizes the window so that the viewport (what CSS sees) is width × height.
   * With no window manager, X gives the keyboard to the window under the
   * pointer, which stays at the screen's centre: the window is placed so that
   * the pointer rests on its toolbar, focusing it without hovering the page.
   */
  async setSize(width, height) {
    const place = async (w, h) => {
      const [screenWidth, screenHeight, toolbar] = await this.run(() => [screen.width, screen.height, outerHeight - innerHeight]);
      const x = Math.round((screenWidth - w) / 2);
      const y = Math.round(screenHeight / 2 - toolbar / 2);
      await this.session.send('POST', '/window/rect', { x, y, width: w, height: h });
      // X applies a new size in its own time: wait until the page sees it,
      // its viewport too (which follows the window a moment later).
      const took = (ow, oh) => outerWidth === ow && outerHeight === oh && innerWidth <= ow && innerHeight <= oh;
      await this.poll(() => this.run(took, w, h), 'the window did not take its new size', { timeout: 5_000 });
    };
    await place(width, height);
    const inner = await this.run(() => [innerWidth, innerHeight]);
    await place(2 * width - inner[0], 2 * height - inner[1]);
  }

  async capture() {
    return Buffer.from(await this.session.send('GET', '/screenshot'), 'base64');
  }

  /** Classic WebDriver sets cookies for the current document: first open a plain file of the portal if needed. */
  async setCookie(name, value) {
    if (new URL(await this.url()).origin !== new URL(this.origin).origin) await this.load('/images/icon.svg');
    await this.session.send('POST', '/cookie', { cookie: { name, value, path: '/' } });
  }

  async clearCookie(name) {
    await this.session.send('DELETE', `/cookie/${encodeURIComponent(name)}`);
  }

  async enterFrame(ref) {
    await this.session.send('POST', '/frame', { id: ref });
    return this;
  }

  async leaveFrame() {
    await this.session.send('POST', '/frame/parent');
  }

  async close() {
    await this.session.delete();
  }
}

/** An engine running for a worker: `newPage()` gives an isolated page, `close()` ends every process. */
export async function launch(name, { origin, webdriverPort, size = { width: 1280, height: 800 } }) {
  if (name === 'firefox') {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
      headless: true,
      extraPrefsFirefox: { 'intl.accept_languages': 'vi-VN, vi' },
    });
    return {
      async newPage() {
        const context = await browser.createBrowserContext();
        const page = new FirefoxPage(origin, await context.newPage());
        await page.setSize(size.width, size.height);
        return page;
      },
      close: () => browser.close(),
    };
  }
  if (name === 'webkit') {
    let server = await startWebKitDriver(webdriverPort);
    return {
      async newPage() {
        let session;
        try {
          session = await Session.create(server.url);
        } catch (error) {
          // WebKitWebDriver now and then dies, or hangs, as it launches a
          // browser on a loaded machine: start it again, once, and say so.
          console.log(`webkit: no session (${error.message}); restarting WebKitWebDriver`);
          await server.stop().catch(() => {});
          server = await startWebKitDriver(webdriverPort);
          session = await Session.create(server.url);
        }
        const page = new WebKitPage(origin, session);
        await page.setSize(size.width, size.height);
        return page;
      },
      close: () => server.stop(),
    };
  }
  throw new Error(`unknown engine ${name}`);
}
