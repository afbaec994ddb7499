#!/usr/bin/env node
// `node scripts/neo4j-browser.mjs fetch|serve|check`: the Neo4j Browser web app (Maven Central org.neo4j.client:neo4j-browser)
// served statically, and a headless check that it connects to our Neo4j, applies schema/browser.grass and draws a round.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VERSION = process.env.NEO4J_BROWSER_VERSION ?? '5.24.0';
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'neo4j-browser', VERSION);
const STATIC = path.join(CACHE, 'browser');
const GRASS = path.join(ROOT, 'schema', 'browser.grass');
const ROUND_QUERY = path.join(ROOT, 'schema', 'queries', '01-attendance-round.cypher');
const CHROMIUM = '/usr/bin/chromium';
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Downloads the jar once (Maven's own cache) and unpacks its static browser/ folder into node_modules/.cache. */
export function fetchBrowser() {
  if (fs.existsSync(path.join(STATIC, 'index.html'))) return STATIC;
  fs.mkdirSync(CACHE, { recursive: true });
  const jar = path.join(CACHE, `neo4j-browser-${VERSION}.jar`);
  run('mvn', [
    '-B',
    '-q',
    '-Dstyle.color=never',
    'dependency:copy',
    `-Dartifact=org.neo4j.client:neo4j-browser:${VERSION}`,
    `-DoutputDirectory=${CACHE}`,
  ]);
  // The JDK's `jar` is there wherever Neo4j runs; unzip may not be.
  run('jar', ['xf', jar, 'browser'], CACHE);
  fs.rmSync(jar, { force: true });
  return STATIC;
}

/**
 * Browser settings for offline use, stored where the Browser keeps its own (localStorage, "neo4j." keys) before the
 * app starts: no product-usage statistics or crash reports (so no analytics/feedback scripts from other hosts) and
 * the consent banner counted as already shown. A user's later choices in the settings drawer still win.
 */
const OFFLINE_SETTINGS = `<script>(function () {
  var merge = function (key, values) {
    var current = {};
    try { current = JSON.parse(localStorage.getItem(key) || '{}') || {}; } catch (e) {}
    if (current.diplographOffline) return;
    for (var k in values) current[k] = values[k];
    current.diplographOffline = true;
    localStorage.setItem(key, JSON.stringify(current));
  };
  merge('neo4j.settings', { allowUserStats: false, allowCrashReports: false, allowTelemetry: false });
  merge('neo4j.udc', { consentBannerShownCount: 1000, allowUserStatsInDesktop: false, allowCrashReportsInDesktop: false });
})();</script>`;

/** The one stylesheet import of the bundle that reaches out (Google Fonts): the Browser falls back to local fonts. */
const REMOTE_FONTS = /@import url\(https:\/\/fonts\.googleapis\.com\/[^)]*\);?/g;

/**
 * On a Community server the Browser treats outgoing connections as always allowed and loads its analytics and
 * feedback scripts once connected, whatever the settings say. This policy keeps the page on this machine: scripts,
 * styles and fonts from here only, and connections only to loopback (our Neo4j's Bolt port).
 */
const LOCAL_ONLY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  'connect-src ws://127.0.0.1:* wss://127.0.0.1:* http://127.0.0.1:* https://127.0.0.1:*',
].join('; ');

/** What we serve instead of a file as shipped: index.html with the offline settings, bundles without remote fonts. */
function servedContent(file) {
  const name = path.basename(file);
  if (name === 'index.html') return fs.readFileSync(file, 'utf8').replace('<head>', `<head>${OFFLINE_SETTINGS}`);
  if (name.endsWith('.js')) {
    const text = fs.readFileSync(file, 'utf8');
    const local = text.replace(REMOTE_FONTS, '');
    return local === text ? null : local;
  }
  return null;
}

/** A static server for the Browser's files. Discovery requests (JSON at /) get 404, so it asks for a URL. */
export function serveBrowser(port = 0) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const rel = decodeURIComponent(url.pathname) === '/' ? 'index.html' : decodeURIComponent(url.pathname).slice(1);
    const file = path.resolve(STATIC, rel);
    const wantsJson = (req.headers.accept ?? '').includes('application/json') && rel === 'index.html';
    if (wantsJson || !file.startsWith(STATIC) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'content-security-policy': LOCAL_ONLY_POLICY,
    });
    const content = servedContent(file);
    if (content === null) fs.createReadStream(file).pipe(res);
    else res.end(content);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** The GraSS file exactly as shipped: what a user drops on the Browser or pastes after `:style`. */
export function grassText() {
  return fs.readFileSync(GRASS, 'utf8');
}

/** A saved query as one editor line: `//` lines dropped, whitespace collapsed (the editor runs the whole text). */
export function queryText(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Colours the GraSS gives each node label, upper-cased hex, for checking what the Browser drew. */
export function grassColours() {
  const out = {};
  for (const m of grassText().matchAll(/node\.(\w+)\s*\{([^}]*)\}/g)) {
    const colour = /(?:^|;)\s*color:\s*(#[0-9a-fA-F]{6})/.exec(m[2]);
    if (colour) out[m[1]] = colour[1].toUpperCase();
  }
  return out;
}

/**
 * Opens the Browser in headless Chromium, connects to `uri`, applies the GraSS twice in fresh sessions — the file
 * dropped on the page, then its text pasted after `:style` — runs the round query for `round` each time and saves
 * screenshots. Resolves with what each visualization drew and every request that tried to leave 127.0.0.1.
 */
export async function checkBrowser({ uri, username, password, series = 'astana', round, screenshot }) {
  const { chromium } = await import('playwright-core');
  fetchBrowser();
  const server = await serveBrowser(0);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const url = `http://127.0.0.1:${server.address().port}/?connectURL=${encodeURIComponent(uri)}`;
  const login = { url, username, password, series, round };
  try {
    const dropped = await browserSession(browser, {
      ...login,
      how: 'drop',
      shot: screenshot.replace(/\.png$/, '-dropped.png'),
    });
    const pasted = await browserSession(browser, { ...login, how: 'paste', shot: screenshot });
    return {
      nodes: pasted.drawn.length,
      drawn: pasted.drawn,
      dropped: dropped.drawn,
      colours: grassColours(),
      screenshot,
      offHost: [...dropped.offHost, ...pasted.offHost],
      banner: dropped.banner + pasted.banner,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** One fresh Browser session (its own storage, as a first visit): connect, style, draw the round. */
async function browserSession(browser, { url, username, password, series, round, how, shot }) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  // Every request that reaches the network layer passes here: one to another host is recorded and refused, so a
  // failing check leaks nothing either. Requests the page's policy blocks never get this far.
  const offHost = [];
  await page.route('**/*', (route) => {
    const target = new URL(route.request().url());
    if (['data:', 'blob:'].includes(target.protocol) || target.hostname === '127.0.0.1') return route.continue();
    offHost.push(target.href);
    return route.abort();
  });
  const run = async (command) => {
    await page.click('[data-testid="activeEditor"]');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.insertText(command);
    await page.click('[data-testid="editor-Run"]');
  };
  try {
    await page.goto(url);
    await page.fill('[data-testid="username"]', username);
    await page.fill('[data-testid="password"]', password);
    await page.click('[data-testid="connect"]');
    await page.waitForSelector('text=You are connected', { timeout: 30_000 });
    if (how === 'drop') {
      await dropFile(page, 'browser.grass', grassText());
    } else {
      await run(`:style ${grassText()}`);
      await page.waitForSelector('[data-testid="frameCommand"]:has-text(":style")');
    }
    await run(`:param series => '${series.replace(/[^a-z0-9-]/g, '')}'`);
    await page.waitForSelector('[data-testid="frameCommand"]:has-text(":param series")');
    await run(`:param round => ${Number(round)}`);
    await page.waitForSelector('[data-testid="frameCommand"]:has-text(":param round")');
    await run(queryText(ROUND_QUERY));
    await page.waitForSelector('svg .node', { timeout: 30_000 });
    // Let the force layout settle before the picture and the measurements.
    await page.waitForTimeout(3000);
    const drawn = await drawnNodes(page);
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    await page.screenshot({ path: shot });
    const banner = await page.locator('text=/collect information on product usage/i').count();
    return { drawn, offHost, banner };
  } catch (e) {
    // What the Browser showed when it went wrong is the best diagnosis.
    await page.screenshot({ path: shot.replace(/\.png$/, '') + '-failure.png' }).catch(() => {});
    throw e;
  } finally {
    await context.close();
  }
}

/** What the visualization drew: each node's fill and caption. */
function drawnNodes(page) {
  return page.$$eval('svg .node', (nodes) =>
    nodes.map((g) => ({
      fill: (g.querySelector('circle.b-outline') ?? g.querySelector('circle'))?.getAttribute('fill') ?? null,
      caption: [...g.querySelectorAll('text')]
        .map((t) => t.textContent ?? '')
        .join(' ')
        .trim(),
    })),
  );
}

/** Drops a file on the Browser's main area as a drag from the desktop would (the Browser reads dropped .grass files). */
async function dropFile(page, name, text) {
  const target = await page.$('#MAIN_WRAPPER_DOM_ID');
  if (target === null) throw new Error('no drop target in the Browser page');
  const transfer = await page.evaluateHandle(
    ({ name, text }) => {
      // Runs in the page, where the DOM's DataTransfer and File exist.
      const dt = new globalThis.DataTransfer();
      dt.items.add(new globalThis.File([text], name, { type: 'text/plain' }));
      return dt;
    },
    { name, text },
  );
  for (const type of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(type, { dataTransfer: transfer });
}

function run(cmd, args, cwd = ROOT) {
  // The tools' own output goes to stderr: stdout carries only this script's JSON result.
  // Maven 3.8 prints colour resets even in batch mode: they are dropped before reaching the terminal.
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], cwd, encoding: 'utf8' });
  process.stderr.write(
    `${r.stdout ?? ''}${r.stderr ?? ''}`.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g'), ''),
  );
  if (r.error || r.status !== 0)
    throw new Error(`${cmd} ${args.slice(0, 3).join(' ')} failed (${r.error?.message ?? r.status})`);
}

function flag(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

async function main(command) {
  switch (command) {
    case 'fetch':
      console.log(fetchBrowser());
      return 0;
    case 'serve': {
      fetchBrowser();
      const server = await serveBrowser(Number(flag('port', 7474)));
      const uri = process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687';
      console.log(
        `Neo4j Browser ${VERSION}: http://127.0.0.1:${server.address().port}/?connectURL=${encodeURIComponent(uri)}`,
      );
      console.log('Outgoing connections and usage reporting are off (README, "Neo4j Browser").');
      console.log(
        `Style: drop ${path.relative(process.cwd(), GRASS)} on the page, or paste \`:style\` followed by its text.`,
      );
      return new Promise(() => {});
    }
    case 'check': {
      const result = await checkBrowser({
        uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
        username: process.env.NEO4J_USERNAME ?? 'neo4j',
        password: process.env.NEO4J_PASSWORD ?? 'diplograph',
        series: flag('series', 'astana'),
        round: Number(flag('round', 20)),
        screenshot: path.resolve(flag('out', path.join(ROOT, 'test-results', 'browser', 'round.png'))),
      });
      console.log(JSON.stringify(result));
      return 0;
    }
    default:
      console.error(
        'usage: node scripts/neo4j-browser.mjs fetch | serve [--port 7474] | check [--series astana] [--round 20] [--out FILE]',
      );
      return 2;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv[2]);
}
