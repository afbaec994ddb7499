#!/usr/bin/env node
// `node scripts/neo4j-watchdog.mjs PARENT_PID STATE LOCK`: started detached by the test setup (tests/setup/neo4j.ts)
// beside the Neo4j it starts. When the parent process is gone without having killed us first (vitest killed with
// SIGKILL, so no teardown ran), it stops that instance, so a killed test run leaves no JVM behind.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { alive } from './pids.mjs';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'neo4j.mjs');
const POLL_MS = 500;
const [parent, state, lock] = process.argv.slice(2);
const parentPid = Number(parent);

function holder() {
  try {
    return Number(fs.readFileSync(lock, 'utf8').trim());
  } catch {
    return 0;
  }
}

/** The dead parent's lock becomes ours while we stop, so a new run cannot take over the instance we stop. */
function stopInstance() {
  const ownsLock = holder() === parentPid;
  if (ownsLock) fs.writeFileSync(lock, String(process.pid));
  spawnSync(process.execPath, [SCRIPT, 'stop'], {
    stdio: 'ignore',
    env: { ...process.env, DIPLOGRAPH_NEO4J_STATE: state },
  });
  if (ownsLock && holder() === process.pid) fs.rmSync(lock, { force: true });
}

if (!Number.isInteger(parentPid) || parentPid <= 0 || !state || !lock) {
  console.error('usage: node scripts/neo4j-watchdog.mjs PARENT_PID STATE LOCK');
  process.exit(2);
}
const timer = setInterval(() => {
  if (alive(parentPid)) return;
  clearInterval(timer);
  stopInstance();
}, POLL_MS);
