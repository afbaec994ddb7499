#!/usr/bin/env node
// The load part's clients (scripts/reliability.mjs): N clients loop over mixed queries for S seconds while one writer
// sends the articles of a .jsonl file through `ingestArticle`, then one JSON line of figures on stdout.
// Usage: node scripts/load-clients.mjs URL --clients N --seconds S --articles FILE [--nice N]
// The clients stand in for remote ones, which would not use the server's machine at all: here they share its 2 cores
// with the server and the /healthz probe. With --nice N (0 by default) this process lowers its own niceness and its
// session's autogroup niceness (the reliability script starts it in a session of its own), so when the server, the
// probe and the clients all want a CPU the server and the probe get it first, as they would if the clients were
// elsewhere. On a shared machine that also puts them below every other session, and they may starve (the requests
// they send are counted: compare them).
import { readFileSync, writeFileSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

const [url, ...rest] = process.argv.slice(2);
const option = (name, fallback) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : fallback;
};
if (!url || option('articles') === undefined) {
  console.error('usage: node scripts/load-clients.mjs URL --clients N --seconds S --articles FILE [--nice N]');
  process.exit(2);
}
const clients = Number(option('clients', 200));
const seconds = Number(option('seconds', 60));
const niceness = Number(option('nice', 0));
const articles = readFileSync(option('articles'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line));

const priority = lowerSessionPriority(niceness);

const queries = [
  ['{ counts { articles meetings statements } }', {}],
  ['{ meetings(series: "astana", first: 5) { id round startDate participants { role actor { name } } } }', {}],
  ['{ statements(search: "ceasefire", first: 10) { text speaker { name } } }', {}],
  ['{ actors(first: 20) { id name kind } }', {}],
  ['query($s: String) { statements(search: $s, first: 3) { id } }', { s: 'السوري' }],
  ['{ articles(first: 10) { id title } }', {}],
];
let ingestErrors = 0;
let ingested = 0;
let stop = false;
let requests = 0;
let errors = 0;
const firstErrors = [];
const errorKinds = {};
const until = Date.now() + seconds * 1000;

// One writer through the API, all the while: the clients read while extraction and writes happen.
const writer = (async () => {
  for (const a of articles) {
    if (stop) break;
    const r = await gql('mutation($a: ArticleInput!) { ingestArticle(article: $a) { duplicate } }', {
      a: { ...a, id: undefined },
    }).catch((e) => ({ errors: [{ message: fetchError(e) }] }));
    if (r.errors) ingestErrors += 1;
    else ingested += 1;
  }
})();
await Promise.all(
  Array.from({ length: clients }, async (_, c) => {
    for (let k = c; Date.now() < until; k++) {
      // One client in ten pauses 3–6 s between requests, as a page polling the API does: its kept-alive socket
      // then sits idle around the time a server or a client pool gives up on idle sockets (Node's 5 s, undici's 4 s).
      if (c % 10 === 0 && k > c) await sleep(3000 + Math.random() * 3000);
      if (Date.now() >= until) break;
      const [q, v] = queries[k % queries.length];
      const r = await gql(q, v).catch((e) => ({ errors: [{ message: fetchError(e) }] }));
      requests += 1;
      if (r.errors) {
        errors += 1;
        if (firstErrors.length < 3) firstErrors.push(r.errors[0]?.message);
        const kind = String(r.errors[0]?.message).slice(0, 120);
        errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
      }
    }
  }),
);
stop = true;
await writer;
process.stdout.write(
  `${JSON.stringify({ requests, errors, firstErrors, errorKinds, ingested, ingestErrors, ...priority, cpuMs: cpuMs() })}\n`,
);
process.exit(0);

/**
 * Raises this process's niceness and its autogroup's to `n` (no privilege needed to raise either). Between sessions
 * Linux shares the CPU by autogroup, weighted by the autogroup's niceness; a thread's niceness orders it within its
 * session only. Returns what was set, read back, for the summary.
 */
function lowerSessionPriority(n) {
  const figures = { niceness: getPriority(0), autogroup: null };
  if (!(n > 0) || process.platform !== 'linux') return figures;
  try {
    if (n > getPriority(0)) setPriority(0, n);
    writeFileSync('/proc/self/autogroup', String(n));
  } catch {
    // no autogroup here: the process niceness alone
  }
  figures.niceness = getPriority(0);
  try {
    figures.autogroup = readFileSync('/proc/self/autogroup', 'utf8').trim();
  } catch {
    // not Linux's /proc
  }
  return figures;
}

async function gql(query, variables) {
  const r = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await r.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: `HTTP ${r.status}` }] };
  }
}

/** A failed fetch's message with its cause (undici hides the socket error behind "fetch failed"). */
function fetchError(e) {
  const cause = e?.cause;
  if (!cause) return String(e);
  return `${String(e)}: ${cause.code ?? cause.name ?? ''} ${cause.message ?? String(cause)}`.trim();
}

/** This process's CPU time so far (user + system, every thread), in ms. */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return Math.round((user + system) / 1000);
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, Math.max(0, ms)));
}
