#!/usr/bin/env node
// Polls a server's /healthz from a process of its own, so that what it measures is the server's answer time and not
// the event loop of whoever sends the load (a probe inside the load's process waits for the clients' own callbacks).
// Usage: node scripts/health-probe.mjs URL [--every MS] [--timeout MS] [--pid PID]
// Prints `ready` on stdout after a first, uncounted answer (its own cold start), polls every MS ms (20 by default) until SIGTERM, SIGINT or its
// stdin closes, then prints one JSON line: { count, failures, firstFailures, medianMs, p99Ms, maxMs,
// serverLoopDelayMaxMs (the largest event-loop delay the server reported, when it reports one), times }.
// A probe that gets no answer within --timeout ms (5,000 by default) counts as a failure with that time.
// With --pid (the server's process id, Linux), each probe also reads the server's main thread's scheduler figures
// (/proc/PID/task/PID/schedstat: time on a CPU, time runnable but waiting for one), and the summary's `slowest` lists
// the five slowest probes with what the main thread did meanwhile: a slow answer with `waitMs` near its time was a
// wait for the CPU, one with `runMs` near it was the main thread's own work. `probeWaitMs` is this process's own wait
// for the CPU over the probe: the part of the time that is the measuring instrument's, not the server's;
// `lessOwnWaitMaxMs` is the slowest probe with that part taken off; `lessWaitsMaxMs` the slowest with both waits for a
// CPU taken off (the probe's and the server's main thread's): what the server's work and the loopback took at most.
// `probeRunMs` is the probe's own time on a CPU.
// While a probe waits for its answer the server's main thread's state is sampled every 5 ms (its /proc stat letter,
// and where in the kernel it sleeps, wchan): `mainThreadSeen` counts the samples, e.g. {"R": 3, "S ep_poll": 12}: R is
// running or waiting for a CPU, "S ep_poll" idle in its event loop (the request has not reached it), "S futex…" or
// "D …" asleep on a lock or in the kernel (neither working nor waiting for a CPU). `rest` is what run, wait and the
// probe's own wait do not explain.

import { readFileSync } from 'node:fs';

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
const pid = option('pid', null);

const times = [];
/** Each probe's time less the probe's own wait for a CPU over it (with /proc): the server's and the network's part. */
const lessOwnWait = [];
/** Each probe's time less both waits for a CPU (the probe's and the server's main thread's), with /proc and --pid. */
const lessWaits = [];
/** The slowest probes, with the server main thread's scheduler figures over each. */
let slowest = [];
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
  const sched0 = mainThreadSchedule();
  const own0 = schedule(process.pid);
  const seen = {};
  const sampler = pid === null ? null : setInterval(() => sampleState(seen), 5);
  let delay = null;
  try {
    const r = await fetch(`${url}/healthz`, { signal: globalThis.AbortSignal.timeout(timeout) });
    const body = await r.text();
    if (!r.ok) fail(`HTTP ${r.status} ${body.slice(0, 200)}`);
    // What the server says of its own event loop: the part of a slow answer that was the server's doing.
    delay = safeJson(body)?.eventLoopDelayMs?.max ?? null;
    if (typeof delay === 'number') serverLoopDelayMaxMs = Math.max(serverLoopDelayMaxMs ?? 0, delay);
  } catch (e) {
    fail(`${e?.name ?? 'Error'}: ${e?.cause?.code ?? e?.message ?? String(e)}`);
  }
  const ms = performance.now() - t0;
  if (sampler !== null) clearInterval(sampler);
  times.push(ms);
  const own1 = schedule(process.pid);
  const sched1 = mainThreadSchedule();
  if (own0 !== null && own1 !== null) {
    const ownWait = (own1.wait - own0.wait) / 1e6;
    lessOwnWait.push(Math.max(0, ms - ownWait));
    if (sched0 !== null && sched1 !== null)
      lessWaits.push(Math.max(0, ms - ownWait - (sched1.wait - sched0.wait) / 1e6));
  }
  noteSlow(ms, sched0, sched1, delay, own0, own1, seen);
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
    lessOwnWaitMaxMs: lessOwnWait.length > 0 ? Math.round(Math.max(...lessOwnWait)) : null,
    lessWaitsMaxMs: lessWaits.length > 0 ? Math.round(Math.max(...lessWaits)) : null,
    slowest,
    cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
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

/** The server's main thread's [ns on a CPU, ns runnable and waiting], or null without --pid or /proc. */
function mainThreadSchedule() {
  return pid === null ? null : schedule(pid);
}

/** A process's main thread's [ns on a CPU, ns runnable and waiting] (Linux), or null. */
function schedule(id) {
  try {
    const [run, wait] = readFileSync(`/proc/${id}/task/${id}/schedstat`, 'utf8').split(' ').map(Number);
    return { run, wait };
  } catch {
    return null;
  }
}

/** Counts the server main thread's state now ("R", or "S"/"D" with the kernel function it sleeps in) into `seen`. */
function sampleState(seen) {
  try {
    const state = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[0];
    const where = state === 'R' ? '' : ` ${readFileSync(`/proc/${pid}/task/${pid}/wchan`, 'utf8').trim()}`;
    const key = `${state}${where}`;
    seen[key] = (seen[key] ?? 0) + 1;
  } catch {
    // the server is gone, or /proc is not Linux's
  }
}

function noteSlow(ms, before, after, serverLoopDelayMs, ownBefore, ownAfter, seen) {
  if (slowest.length === 5 && ms <= slowest[4].ms) return;
  const figures = { ms: Math.round(ms), at: new Date().toISOString(), serverLoopDelayMs };
  if (before !== null && after !== null) {
    figures.runMs = Math.round((after.run - before.run) / 1e6);
    figures.waitMs = Math.round((after.wait - before.wait) / 1e6);
  }
  if (ownBefore !== null && ownAfter !== null) {
    figures.probeWaitMs = Math.round((ownAfter.wait - ownBefore.wait) / 1e6);
    figures.probeRunMs = Math.round((ownAfter.run - ownBefore.run) / 1e6);
  }
  if (figures.runMs !== undefined && figures.probeWaitMs !== undefined) {
    figures.rest = Math.max(0, figures.ms - figures.runMs - figures.waitMs - figures.probeWaitMs - figures.probeRunMs);
  }
  if (Object.keys(seen).length > 0) figures.mainThreadSeen = seen;
  slowest = [...slowest, figures].sort((a, b) => b.ms - a.ms).slice(0, 5);
}

function fail(why) {
  failures += 1;
  if (firstFailures.length < 3) firstFailures.push(why);
}
