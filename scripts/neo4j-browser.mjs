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
    'dependency:copy',
    `-Dartifact=org.neo4j.client:neo4j-browser:${VERSION}`,
    `-DoutputDirectory=${CACHE}`,
  ]);
  // The JDK's `jar` is there wherever Neo4j runs; unzip may not be.
  run('jar', ['xf', jar, 'browser'], CACHE);
  fs.rmSync(jar, { force: true });
  return STATIC;
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
    res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** GraSS without its comment: the Browser's GraSS parser has no comment syntax. */
export function grassText() {
  return fs
    .readFileSync(GRASS, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .trim();
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
 * Opens the Browser in headless Chromium, connects to `uri`, applies the GraSS, runs the round query for `round`
 * and saves a screenshot. Resolves with what the visualization drew (node count, fills, captions).
 */
export async function checkBrowser({ uri, username, password, round, screenshot }) {
  const { chromium } = await import('playwright-core');
  fetchBrowser();
  const server = await serveBrowser(0);
  const port = server.address().port;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  try {
    await page.goto(`http://127.0.0.1:${port}/?connectURL=${encodeURIComponent(uri)}`);
    await page.fill('[data-testid="username"]', username);
    await page.fill('[data-testid="password"]', password);
    await page.click('[data-testid="connect"]');
    await page.waitForSelector('text=You are connected', { timeout: 30_000 });
    const run = async (command) => {
      await page.click('[data-testid="activeEditor"]');
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await page.keyboard.insertText(command);
      await page.click('[data-testid="editor-Run"]');
    };
    await run(`:style ${grassText()}`);
    await page.waitForSelector('[data-testid="frameCommand"]:has-text(":style node")');
    await run(`:param round => ${Number(round)}`);
    await page.waitForSelector('[data-testid="frameCommand"]:has-text(":param round")');
    await run(queryText(ROUND_QUERY));
    await page.waitForSelector('svg .node', { timeout: 30_000 });
    // Let the force layout settle before the picture and the measurements.
    await page.waitForTimeout(3000);
    const drawn = await page.$$eval('svg .node', (nodes) =>
      nodes.map((g) => ({
        fill: (g.querySelector('circle.b-outline') ?? g.querySelector('circle'))?.getAttribute('fill') ?? null,
        caption: [...g.querySelectorAll('text')]
          .map((t) => t.textContent ?? '')
          .join(' ')
          .trim(),
      })),
    );
    fs.mkdirSync(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
    return { nodes: drawn.length, drawn, colours: grassColours(), screenshot };
  } catch (e) {
    // What the Browser showed when it went wrong is the best diagnosis.
    await page.screenshot({ path: screenshot.replace(/\.png$/, '') + '-failure.png' }).catch(() => {});
    throw e;
  } finally {
    await browser.close();
    server.close();
  }
}

function run(cmd, args, cwd = ROOT) {
  // The tools' own output goes to stderr: stdout carries only this script's JSON result.
  const r = spawnSync(cmd, args, { stdio: ['ignore', process.stderr, 'inherit'], cwd });
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
      console.log(`Apply the project style with :style followed by:\n${grassText()}`);
      return new Promise(() => {});
    }
    case 'check': {
      const result = await checkBrowser({
        uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
        username: process.env.NEO4J_USERNAME ?? 'neo4j',
        password: process.env.NEO4J_PASSWORD ?? 'diplograph',
        round: Number(flag('round', 20)),
        screenshot: path.resolve(flag('out', path.join(ROOT, 'test-results', 'browser', 'round.png'))),
      });
      console.log(JSON.stringify(result));
      return 0;
    }
    default:
      console.error(
        'usage: node scripts/neo4j-browser.mjs fetch | serve [--port 7474] | check [--round 20] [--out FILE]',
      );
      return 2;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv[2]);
}
