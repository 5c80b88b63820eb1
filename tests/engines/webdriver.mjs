// A small W3C WebDriver client over fetch, and the WebKitWebDriver server it
// talks to (on its own Xvfb display: MiniBrowser has no headless mode).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
// Debian installs it under the machine's multiarch triplet (scripts/setup).
const TRIPLET = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[process.arch] ?? `${process.arch}-linux-gnu`;
const MINIBROWSER = process.env.WEBKIT_MINIBROWSER ?? `/usr/lib/${TRIPLET}/webkit2gtk-4.1/MiniBrowser`;

/** Starts a process and resolves once it has spawned; `stop` ends it and waits. */
async function start(command, args, options) {
  const child = spawn(command, args, options);
  await once(child, 'spawn');
  // Should the worker end without tearing down, its servers end with it.
  const orphaned = () => child.kill('SIGTERM');
  process.once('exit', orphaned);
  const stop = async () => {
    process.off('exit', orphaned);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  };
  return { child, stop };
}

/**
 * Starts Xvfb, letting it pick a free display, and returns it (":N"). The
 * screen is tall enough for a 3000 px window whose toolbar is at its centre
 * (see WebKitPage.setSize in driver.mjs).
 */
async function startXvfb() {
  const xvfb = await start('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x6400x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const [chunk] = await once(xvfb.child.stdio[3], 'data');
  return { ...xvfb, display: `:${String(chunk).trim()}` };
}

// MiniBrowser's toolbar keeps its window at least 447 px wide; shrinking the
// browser's own widgets (GTK's user style sheet, not the page's) lets the
// viewport be a phone's 390 px.
const SMALL_CHROME = '* { min-width: 0; min-height: 0; margin: 0; padding: 0; border-width: 0; font-size: 1px; -gtk-icon-transform: scale(0.1); }\n';

/** WebKitWebDriver on `port` with its own display; `stop` ends both. */
export async function startWebKitDriver(port) {
  const config = await mkdtemp(path.join(tmpdir(), 'bantin-webkit-'));
  await mkdir(path.join(config, 'gtk-3.0'));
  await writeFile(path.join(config, 'gtk-3.0', 'gtk.css'), SMALL_CHROME);
  const xvfb = await startXvfb();
  const env = { ...process.env, DISPLAY: xvfb.display, XDG_CONFIG_HOME: config };
  const driver = await start('WebKitWebDriver', [`--port=${port}`], { env, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  // The server answers /status once it listens; until then fetch is refused.
  for (let attempt = 0; ; attempt += 1) {
    const ready = await fetch(`${url}/status`).then((r) => r.ok, () => false);
    if (ready) break;
    if (attempt > 100 || driver.child.exitCode !== null) throw new Error(`WebKitWebDriver did not start on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    async stop() {
      await driver.stop();
      await xvfb.stop();
      await rm(config, { recursive: true, force: true });
    },
  };
}

/** One WebDriver session: a fresh MiniBrowser with its own ephemeral profile. */
export class Session {
  static async create(serverUrl) {
    const capabilities = { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } };
    // A browser starts in a second or two; one that has not in 25 s will not.
    const { sessionId } = await command(`${serverUrl}/session`, 'POST', { capabilities }, AbortSignal.timeout(25_000));
    const session = new Session(`${serverUrl}/session/${sessionId}`);
    await session.send('POST', '/timeouts', { script: 15_000, pageLoad: 30_000, implicit: 0 });
    return session;
  }

  constructor(base) {
    this.base = base;
  }

  send(method, path, body) {
    return command(`${this.base}${path}`, method, body);
  }

  /** Runs `fn(...args)` in the page; a returned promise is awaited, an element comes back as a reference. */
  run(fn, ...args) {
    return this.send('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments)`, args });
  }

  delete() {
    return this.send('DELETE', '');
  }
}

async function command(url, method, body, signal) {
  const response = await fetch(url, {
    method,
    signal,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? (method === 'POST' ? '{}' : undefined) : JSON.stringify(body),
  });
  const { value } = await response.json();
  if (value?.error) throw new Error(`WebDriver ${method} ${new URL(url).pathname}: ${value.error}: ${value.message}`);
  return value;
}
