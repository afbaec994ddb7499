#!/usr/bin/env node
// Polls a server's /healthz from a process of its own, so that what it measures is the server's answer time and not
// the event loop of whoever sends the load (a probe inside the load's process waits for the clients' own callbacks).
// Usage: node scripts/health-probe.mjs URL [--every MS] [--timeout MS]
// Prints `ready` on stdout after a first, uncounted answer (its own cold start), polls every MS ms (20 by default) until SIGTERM, SIGINT or its
// stdin closes, then prints one JSON line: { count, failures, firstFailures, medianMs, p99Ms, maxMs,
// serverLoopDelayMaxMs (the largest event-loop delay the server reported, when it reports one), times }.
// A probe that gets no answer within --timeout ms (5,000 by default) counts as a failure with that time.

const [url, ...rest] = process.argv.slice(2);
if (!url) {
  console.error('usage: node scripts/health-probe.mjs URL [--every MS] [--timeout MS]');
  process.exit(2);
}
const option = (name, fallback) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? Number(rest[i + 1]) : fallback;
};
const every = option('every', 20);
const timeout = option('timeout', 5000);

const times = [];
const firstFailures = [];
let failures = 0;
let serverLoopDelayMaxMs = null;
let running = true;
const stop = () => {
  running = false;
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop).on('close', stop).resume();

// One answer first, not counted: the probe's own cold start (loading fetch, opening the connection) is no part of the
// server's answer time.
await fetch(`${url}/healthz`, { signal: globalThis.AbortSignal.timeout(timeout) })
  .then((r) => r.text())
  .catch(() => undefined);
process.stdout.write('ready\n');

while (running) {
  const t0 = performance.now();
  try {
    const r = await fetch(`${url}/healthz`, { signal: globalThis.AbortSignal.timeout(timeout) });
    const body = await r.text();
    if (!r.ok) fail(`HTTP ${r.status} ${body.slice(0, 200)}`);
    // What the server says of its own event loop: the part of a slow answer that was the server's doing.
    const delay = safeJson(body)?.eventLoopDelayMs?.max;
    if (typeof delay === 'number') serverLoopDelayMaxMs = Math.max(serverLoopDelayMaxMs ?? 0, delay);
  } catch (e) {
    fail(`${e?.name ?? 'Error'}: ${e?.cause?.code ?? e?.message ?? String(e)}`);
  }
  times.push(performance.now() - t0);
  await new Promise((resolve) => setTimeout(resolve, every));
}

const sorted = [...times].sort((a, b) => a - b);
const at = (q) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
process.stdout.write(
  `${JSON.stringify({
    count: times.length,
    failures,
    firstFailures,
    medianMs: at(0.5),
    p99Ms: at(0.99),
    maxMs: Math.round(sorted.at(-1) ?? 0),
    serverLoopDelayMaxMs,
    times: times.map((t) => Math.round(t * 10) / 10),
  })}\n`,
);
process.exit(0);

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function fail(why) {
  failures += 1;
  if (firstFailures.length < 3) firstFailures.push(why);
}
